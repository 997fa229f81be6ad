package org.tahaluf.bench;

import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;

/** Tahaluf's full analysis of an article: sentences, tokens, mentions, speech, ties, events, threats. */
public final class TahalufContender implements Contender {

    private final Pipeline pipeline;

    public TahalufContender(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "tahaluf";
    }

    @Override
    public long process(Document document) {
        Analysis a = pipeline.analyze(document);
        return a.sentences().size() + a.actors().size() + a.events().size() + a.claims().size() + a.threats().size();
    }

    @Override
    public boolean threadSafe() {
        return true; // one Pipeline is built once and shared by every thread
    }
}
