package org.tahaluf.spark;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.tahaluf.cli.DocumentReader;
import org.tahaluf.cli.InputException;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;

/**
 * Turns one partition of raw input ({@link RawInput}) into analysis rows ({@link AnalysisRows}),
 * lazily, one article at a time, with the JVM's one pipeline. What cannot be read or analysed is
 * reported, in one line naming it, to the {@code problems} accumulator, and the rest goes on.
 */
final class AnalysePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final CollectionAccumulator<String> problems;

    AnalysePartition(CollectionAccumulator<String> problems) {
        this.problems = problems;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Analyses(input, ExecutorPipeline.get());
    }

    /** The analyses of one partition, each made when asked for. */
    private final class Analyses implements Iterator<Row> {
        private final Iterator<Row> input;
        private final Pipeline pipeline;
        private final DocumentReader reader = new DocumentReader();
        private final ArrayDeque<Document> pending = new ArrayDeque<>();
        private Row next;

        Analyses(Iterator<Row> input, Pipeline pipeline) {
            this.input = input;
            this.pipeline = pipeline;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (pending.isEmpty()) {
                    if (!input.hasNext()) {
                        return false;
                    }
                    read(input.next());
                    continue;
                }
                next = analyse(pending.poll());
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        /** The documents of one raw row: a whole file may hold several (JSON Lines in a .json file). */
        private void read(Row raw) {
            String name = raw.getAs(RawInput.NAME);
            byte[] content = raw.getAs(RawInput.CONTENT);
            try {
                if (content != null) {
                    reader.forEach(name, new ByteArrayInputStream(content), pending::add, problems::add);
                } else {
                    String line = raw.getAs(RawInput.LINE);
                    if (line != null && !line.isBlank()) {
                        pending.add(DocumentReader.fromJsonLine(line));
                    }
                }
            } catch (InputException e) {
                problems.add(content != null ? e.getMessage() : name + ": " + e.getMessage());
            }
        }

        /** The analysis row of one document, or null (and a problem) when the pipeline fails on it. */
        private Row analyse(Document document) {
            try {
                return AnalysisRows.of(pipeline.analyze(document));
            } catch (RuntimeException e) {
                problems.add(document.id() + ": analysis failed (" + InputFiles.firstLine(e.toString()) + ")");
                return null;
            }
        }
    }
}
