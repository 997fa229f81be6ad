package org.tahaluf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Locale;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.core.Analysis;

/** The output formats of {@code analyze}. */
enum Output {
    TEXT, JSON, JSONL;

    static Output parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    void write(Analysis analysis, PrintWriter out) {
        try {
            switch (this) {
                case TEXT -> new TextSummary(analysis).print(out);
                case JSON -> out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(AnalysisJson.toJson(analysis)));
                case JSONL -> out.println(AnalysisJson.mapper().writeValueAsString(AnalysisJson.toJson(analysis)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis of " + analysis.document().id(), e);
        }
        out.flush();
    }
}
