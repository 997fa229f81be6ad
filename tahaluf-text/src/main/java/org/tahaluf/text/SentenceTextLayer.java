package org.tahaluf.text;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.TextLayer;
import org.tahaluf.core.Token;

/** A text layer that splits sentences the shared way and leaves tokenization to its language. */
public abstract class SentenceTextLayer implements TextLayer {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public final List<Sentence> process(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (SentenceSplitter.Piece piece : splitter.split(text)) {
            int s = piece.span().start();
            int e = piece.span().end();
            sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e), tokenize(text, s, e),
                    piece.headline()));
        }
        return sentences;
    }

    /** Tokens of {@code text[from, to)}, offsets into {@code text}. */
    public abstract List<Token> tokenize(CharSequence text, int from, int to);
}
