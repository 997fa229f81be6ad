package org.tahaluf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tahaluf.core.Document;

/**
 * The floor: Lucene's ArabicAnalyzer (standard tokenizer, lower case, stop words, Arabic
 * normalization, light stemming) over the text, terms read and dropped. Nothing can analyse an
 * article faster than it can read and normalize it.
 */
public final class LuceneContender implements Contender {

    private final ArabicAnalyzer analyzer = new ArabicAnalyzer();

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public long process(Document document) {
        long terms = 0;
        try (TokenStream stream = analyzer.tokenStream("text", document.text())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms += 1 + (term.length() & 1);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene cannot read a string", e);
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
