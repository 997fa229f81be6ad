package org.tahaluf.text.ar;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.text.NormalizedText;
import org.tahaluf.text.SentenceTextLayer;
import org.tahaluf.text.WordSpans;

/** Arabic sentences of normalized, clitic-segmented tokens. Stateless and thread-safe. */
public final class ArabicTextLayer extends SentenceTextLayer {

    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @Override
    public List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        for (WordSpans.Raw raw : WordSpans.find(text, from, to)) {
            String surface = text.subSequence(raw.start(), raw.end()).toString();
            NormalizedText norm = normalizer.normalize(text, raw.start(), raw.end());
            if (norm.text().isEmpty()) {
                continue;
            }
            if (!raw.word()) {
                tokens.add(new Token(tokens.size(), raw.start(), raw.end(), surface,
                        List.of(new Token.Form(norm.text(), raw.start(), "")), norm.text(), "", "", true));
                continue;
            }
            List<Token.Form> forms = ArabicSegmenter.forms(norm);
            String proclitics = forms.get(forms.size() - 1).proclitics();
            tokens.add(new Token(tokens.size(), raw.start(), raw.end(), surface, forms, ArabicSegmenter.stem(forms),
                    proclitics, ArabicSegmenter.enclitic(forms), false));
        }
        return tokens;
    }
}
