package org.tahaluf.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.tahaluf.core.Document;

/**
 * Stanford CoreNLP's Arabic pipeline as its models jar configures it
 * ({@code StanfordCoreNLP-arabic.properties}: the Arabic tokenizer and segmenter, the sentence
 * splitter, the Arabic tagger), with only {@code tokenize, ssplit, pos}: the least CoreNLP does
 * before any coding could start. Parsing, which the properties also list, is left out.
 */
public final class CoreNlpContender implements Contender {

    static final String ARABIC_PROPERTIES = "StanfordCoreNLP-arabic.properties";

    private final StanfordCoreNLP pipeline;

    public CoreNlpContender() {
        Properties props = new Properties();
        try (InputStream in = CoreNlpContender.class.getClassLoader().getResourceAsStream(ARABIC_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(ARABIC_PROPERTIES + " is not on the classpath (the stanford-corenlp models-arabic jar)");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos");
        // CoreNLP reports every model it loads on stderr; only its errors matter here. Its logging
        // also takes over System.out and System.err, which must stay ours: the report goes to stdout.
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            RedwoodConfiguration.errorLevel().apply();
            pipeline = new StanfordCoreNLP(props);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public long process(Document document) {
        Annotation annotation = new Annotation(document.text());
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size()
                + annotation.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
