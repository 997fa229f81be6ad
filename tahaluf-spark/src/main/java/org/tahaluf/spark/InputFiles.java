package org.tahaluf.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.tahaluf.cli.DocumentReader;

/**
 * The files under an input path of any Hadoop file system, sorted by how they are read:
 * JSON Lines ({@code .jsonl}, {@code .ndjson}, either {@code .gz}) record by record, Parquet row by
 * row, anything else whole, as {@code tahaluf analyze} reads a file. Folders are read recursively;
 * names starting with "." or "_" (checksums, {@code _SUCCESS}) are skipped.
 */
record InputFiles(List<String> jsonLines, List<String> parquet, List<String> whole) {

    InputFiles {
        jsonLines = List.copyOf(jsonLines);
        parquet = List.copyOf(parquet);
        whole = List.copyOf(whole);
    }

    /** The files of {@code input}: a file, a folder or a glob. */
    static InputFiles list(Configuration hadoop, String input) throws JobInputException {
        List<String> jsonLines = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new JobInputException(input + ": no such file or folder");
            }
            for (FileStatus match : matches) {
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                while (files.hasNext()) {
                    Path file = files.next().getPath();
                    String name = file.getName();
                    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
                    boolean named = file.equals(match.getPath()) && match.isFile();
                    // a folder's data files as `tahaluf analyze` reads them (SOURCES.tsv beside articles is none)
                    if (!named && (name.startsWith("_") || !lower.endsWith(".parquet") && !DocumentReader.isArticleFile(name))) {
                        continue;
                    }
                    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                        jsonLines.add(file.toString());
                    } else if (lower.endsWith(".parquet")) {
                        parquet.add(file.toString());
                    } else {
                        whole.add(file.toString());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new JobInputException(input + ": cannot be listed (" + firstLine(e.getMessage()) + ")");
        }
        if (jsonLines.isEmpty() && parquet.isEmpty() && whole.isEmpty()) {
            throw new JobInputException(input + ": no files to read");
        }
        jsonLines.sort(null);
        parquet.sort(null);
        whole.sort(null);
        return new InputFiles(jsonLines, parquet, whole);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
