package org.tahaluf.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading gold and system files, and scoring a folder of gold files against a folder of analyses (score.py --gold-dir). */
public final class ScoreFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreFiles() {
    }

    /** A gold file; the message of the exception names it. */
    public static JsonNode readGold(Path file) throws IOException {
        try {
            JsonNode gold = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (gold == null || !gold.isObject() || !gold.has("actors")) {
                throw new IOException(file + ": not a gold file (a JSON object with \"actors\", see ../shared/eval/GOLD.md)");
            }
            return gold;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Gold files: the file itself, or a folder's *.json in name order. */
    public static List<Path> goldFiles(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            if (!Files.isRegularFile(fileOrFolder)) {
                throw new IOException(fileOrFolder + ": no such gold file or folder");
            }
            return List.of(fileOrFolder);
        }
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * A system analysis as score.py loads it: one JSON object, or the first line of JSON Lines, or the
     * first element of a list; an empty file is an empty analysis.
     */
    public static JsonNode readSystem(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (raw.isEmpty()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode obj;
        try {
            obj = JSON.readTree(raw);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            obj = JSON.readTree(raw.lines().findFirst().orElse(""));
        }
        if (obj != null && obj.isArray()) {
            obj = obj.isEmpty() ? JsonNodeFactory.instance.objectNode() : obj.get(0);
        }
        return obj;
    }

    /**
     * Scores every {@code <name>.json} of a gold folder against {@code <name>.json} of a system folder,
     * printing what score.py prints (with --verbose, the per-document lists first); an unreadable
     * system file is scored as empty.
     */
    public static Metrics scoreFolders(Path goldDir, Path systemDir, boolean verbose, PrintWriter out) throws IOException {
        Counts total = Counts.ZERO;
        List<Path> golds = new ArrayList<>(goldFiles(goldDir));
        for (Path g : golds) {
            JsonNode gold = readGold(g);
            Path s = systemDir.resolve(g.getFileName().toString());
            JsonNode system;
            try {
                system = readSystem(s);
            } catch (IOException e) {
                out.println(s + ": unreadable (" + e.getMessage() + "); scored as empty");
                system = JsonNodeFactory.instance.objectNode();
            }
            total = total.plus(GoldScorer.score(gold, system, verbose ? out : null));
        }
        return Metrics.of(golds.size(), total);
    }
}
