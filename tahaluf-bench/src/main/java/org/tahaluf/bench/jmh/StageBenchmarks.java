package org.tahaluf.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.TextLayer;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.text.NormalizedText;
import org.tahaluf.text.TextLayers;
import org.tahaluf.text.WordSpans;
import org.tahaluf.text.ar.ArabicNormalizer;
import org.tahaluf.text.ar.ArabicSegmenter;

/**
 * Time per pass over the sample articles of each hot stage of the Arabic analysis, every stage
 * fed with the previous stage's output prepared in advance, so that a slowdown of the whole (seen in
 * {@code tahaluf bench}) can be traced to the stage that caused it.
 *
 * <ul>
 *   <li>{@code normalize}: {@link ArabicNormalizer} over the whole text, offsets kept;</li>
 *   <li>{@code segment}: {@link ArabicSegmenter} readings of every normalized word;</li>
 *   <li>{@code sentencesAndTokens}: the whole text layer (sentences, normalization, segmentation);</li>
 *   <li>{@code dictionaryMatching}: the actor and place name trie over every sentence;</li>
 *   <li>{@code patternMatching}: the event pattern trie over every sentence;</li>
 *   <li>{@code cueMatching}: the cue-word trie (speech, modality, time…) over every sentence;</li>
 *   <li>{@code fullAnalysis}: {@link Pipeline#analyze} of every article, for scale.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final TextLayer arabic = TextLayers.forLanguage(Language.AR);
    private Pipeline pipeline;
    private Lexicon.Matchers matchers;
    private List<Document> documents;
    private List<NormalizedText> words;
    private List<List<Token>> sentences;

    @Setup
    public void prepare() {
        pipeline = Pipeline.standard();
        matchers = pipeline.lexicon().matchers(Language.AR);
        documents = SampleArticles.load();
        words = new ArrayList<>();
        sentences = new ArrayList<>();
        for (Document d : documents) {
            String text = d.text();
            for (WordSpans.Raw raw : WordSpans.find(text, 0, text.length())) {
                NormalizedText w = normalizer.normalize(text, raw.start(), raw.end());
                if (raw.word() && !w.text().isEmpty()) {
                    words.add(w);
                }
            }
            for (Sentence s : arabic.process(text)) {
                sentences.add(s.tokens());
            }
        }
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        for (Document d : documents) {
            bh.consume(normalizer.normalize(d.text(), 0, d.text().length()));
        }
    }

    @Benchmark
    public void segment(Blackhole bh) {
        for (NormalizedText w : words) {
            bh.consume(ArabicSegmenter.forms(w));
        }
    }

    @Benchmark
    public void sentencesAndTokens(Blackhole bh) {
        for (Document d : documents) {
            bh.consume(arabic.process(d.text()));
        }
    }

    @Benchmark
    public void dictionaryMatching(Blackhole bh) {
        for (List<Token> tokens : sentences) {
            bh.consume(matchers.names().findAll(tokens));
        }
    }

    @Benchmark
    public void patternMatching(Blackhole bh) {
        for (List<Token> tokens : sentences) {
            bh.consume(matchers.events().findAll(tokens));
        }
    }

    @Benchmark
    public void cueMatching(Blackhole bh) {
        for (List<Token> tokens : sentences) {
            bh.consume(matchers.cues().findAll(tokens));
        }
    }

    @Benchmark
    public void fullAnalysis(Blackhole bh) {
        for (Document d : documents) {
            bh.consume(pipeline.analyze(d));
        }
    }
}
