package org.tahaluf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.text.LanguageGuesser;

/**
 * Reads articles from plain text (first non-empty line = title), HTML, or JSON Lines
 * ({@code id, title, text, published|date, source, url, language}), gzip-compressed or not.
 * A file's id is derived from its bytes, so the same file has the same id everywhere.
 */
public final class DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?:الكاتب|بقلم|كتب|إعداد|By|Written by)\\s*[:：]?\\s*(.{2,60})$", Pattern.CASE_INSENSITIVE);

    private final java.util.function.LongConsumer bytesRead;

    /** A reader that does not report its progress. */
    public DocumentReader() {
        this(n -> { });
    }

    /** A reader that reports every block of input bytes it reads (before decompression): drives progress bars. */
    public DocumentReader(java.util.function.LongConsumer bytesRead) {
        this.bytesRead = bytesRead;
    }

    /** A bad record inside an otherwise readable file (a broken JSON line): reported, the rest read on. */
    public interface Problems extends Consumer<String> {
    }

    /**
     * Streams every document of one input to {@code sink}: JSON Lines record by record, so a corpus
     * of any size is read in bounded memory; other formats whole, up to {@value #MAX_BYTES} bytes.
     * {@code name} "-" reads standard input.
     */
    public void forEach(String name, Consumer<Document> sink, Problems problems) throws InputException {
        boolean stdin = name.equals("-");
        String label = stdin ? "<stdin>" : name;
        Path file = stdin ? null : Path.of(name);
        if (file != null && Files.isDirectory(file)) {
            throw new InputException(label + ": is a directory");
        }
        try (InputStream raw = stdin ? System.in : Files.newInputStream(file)) {
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(new CountingInputStream(raw, bytesRead), 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            InputStream body = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
            String lower = label.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
            java.io.PushbackInputStream peek = new java.io.PushbackInputStream(body, 1);
            int first = peek.read();
            if (first >= 0) {
                peek.unread(first);
            }
            boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
                    || (lower.endsWith(".json") || stdin) && first == '{';
            if (jsonl) {
                streamJsonLines(label, peek, sink, problems);
                return;
            }
            byte[] bytes = peek.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(label + ": larger than " + (MAX_BYTES >> 20) + " MiB (split it, or use JSON Lines)");
            }
            if (FeedReader.isFeed(lower, bytes)) {
                FeedReader.read(label, bytes).forEach(sink);
                return;
            }
            sink.accept(whole(label, lower, bytes));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(label + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(label + ": permission denied");
        } catch (java.util.zip.ZipException e) {
            throw new InputException(label + ": broken gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(label + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void streamJsonLines(String name, InputStream in, Consumer<Document> sink, Problems problems)
            throws InputException, IOException {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16);
        int number = 0;
        int read = 0;
        String line;
        while (true) {
            try {
                line = reader.readLine();
            } catch (CharacterCodingException e) {
                problems.accept(name + ":" + (number + 1) + ": not valid UTF-8; the rest of the file is skipped");
                return;
            }
            if (line == null) {
                break;
            }
            number++;
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            try {
                sink.accept(record(JSON.readTree(l), l));
                read++;
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(name + ":" + number + ": " + reason(e));
            }
        }
        if (read == 0 && number > 0) {
            throw new InputException(name + ": no readable JSON Lines record");
        }
    }

    /** Every document of one file (a JSON Lines file may hold many), as a list. */
    public List<Document> read(Path file, Problems problems) throws InputException {
        List<Document> out = new ArrayList<>();
        forEach(file.toString(), out::add, problems);
        return out;
    }

    /** A plain-text or HTML article, read whole; its id is derived from its bytes. */
    private static Document whole(String name, String lowerName, byte[] bytes) throws InputException {
        String text = TextDecoder.decode(name, bytes);
        String id = idOf(bytes);
        Document d = lowerName.endsWith(".html") || lowerName.endsWith(".htm") || looksLikeHtml(text)
                ? html(id, text) : plain(id, text);
        if (d.text().isBlank()) {
            throw new InputException(name + ": no text (an empty article)");
        }
        return d;
    }

    /** The stable id of a file: the first 16 hex digits of the SHA-256 of its bytes. */
    public static String idOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static Document plain(String id, String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        String title = null;
        String author = null;
        int seen = 0;
        for (String line : normalized.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (title == null) {
                title = line.strip();
            } else if (author == null) {
                Matcher m = BYLINE.matcher(line);
                if (m.matches()) {
                    author = m.group(1).strip();
                }
            }
            if (++seen >= 4) {
                break;
            }
        }
        return new Document(id, title, normalized, LanguageGuesser.guess(normalized), null, null, author, null);
    }

    static Document html(String id, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, footer, header, aside, form").remove();
        Element h1 = page.selectFirst("h1");
        String title = h1 != null ? h1.text() : page.title();
        StringBuilder text = new StringBuilder();
        if (title != null && !title.isBlank()) {
            text.append(title.strip()).append("\n\n");
        }
        for (Element p : page.select("p, li, h2, h3")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                text.append(t).append('\n');
            }
        }
        if (text.length() == 0 || page.select("p").isEmpty()) {
            text.append(page.body() == null ? "" : page.body().wholeText().strip());
        }
        String body = text.toString();
        Element author = page.selectFirst("meta[name=author]");
        Element published = page.selectFirst("meta[property=article:published_time]");
        return new Document(id, title == null || title.isBlank() ? null : title.strip(), body,
                LanguageGuesser.guess(body), published == null ? null : date(published.attr("content")),
                null, author == null ? null : author.attr("content"), null);
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private static Document record(JsonNode node, String line) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = str(node, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("record has no \"text\"");
        }
        String title = str(node, "title");
        String id = str(node, "id");
        if (id == null) {
            id = idOf(line.getBytes(StandardCharsets.UTF_8));
        }
        String published = str(node, "published");
        if (published == null) {
            published = str(node, "date");
        }
        String lang = str(node, "language");
        Language language = lang == null ? LanguageGuesser.guess(text) : Language.fromCode(lang);
        if (language == Language.OTHER) {
            language = LanguageGuesser.guess(text);
        }
        String fullText = title != null && !text.startsWith(title) ? title + "\n\n" + text : text;
        return new Document(id, title, fullText, language, published == null ? null : date(published),
                str(node, "source"), str(node, "author"), str(node, "url"));
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A publication date from ISO dates or date-times; null when unreadable. */
    static LocalDate date(String value) {
        String v = value.strip();
        try {
            if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return v.length() == 10 ? LocalDate.parse(v) : LocalDate.parse(v.substring(0, 10));
            }
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
