package org.tahaluf.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tahaluf export}: the store's events for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events (PLOVER JSON Lines, POLECAT-like TSV, CSV) or the alliance graph (GraphML).")
final class ExportCommand implements Callable<Integer> {

    /** The export formats, as typed on the command line. */
    enum Format {
        PLOVER_JSONL("plover-jsonl"), POLECAT_TSV("polecat-tsv"), CSV("csv"), GRAPHML("graphml");

        final String label;

        Format(String label) {
            this.label = label;
        }

        static Format of(String s) {
            for (Format f : values()) {
                if (f.label.equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + s + "' is not one of plover-jsonl, polecat-tsv, csv, graphml");
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "plover-jsonl, polecat-tsv, csv or graphml")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output); written whole or not at all")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
    LocalDate to;

    @Option(names = "--with-copies", description = "also the events of near-duplicate copies of a stored story")
    boolean withCopies;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.of(value);
        }
    }

    @Override
    public Integer call() throws IOException {
        EventQuery query = EventQuery.all().window(from, to).withDuplicates(withCopies);
        try (Store s = store.open()) {
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                write(s, query, w);
                w.flush();
                return 0;
            }
            Path absolute = out.toAbsolutePath();
            if (!Files.isDirectory(absolute.getParent())) {
                System.err.println("tahaluf export: --out " + out + ": the folder " + absolute.getParent() + " does not exist");
                return 2;
            }
            Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
            try {
                try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    write(s, query, w);
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return 0;
        }
    }

    private void write(Store s, EventQuery query, Writer w) throws IOException {
        try {
            switch (format) {
                case PLOVER_JSONL -> new PloverExport(s).write(query, w);
                case POLECAT_TSV -> EventTable.polecat(s).write(query, w);
                case CSV -> EventTable.csv(s).write(query, w);
                case GRAPHML -> new GraphmlExport(s).write(query, w);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
