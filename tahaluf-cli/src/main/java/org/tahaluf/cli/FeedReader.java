package org.tahaluf.cli;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.tahaluf.core.Document;
import org.tahaluf.text.LanguageGuesser;

/**
 * RSS and Atom feeds: one article per entry, its text from the entry's content (else its summary),
 * HTML reduced to text. An entry's id comes from its link (else its guid, else its text), so the
 * same entry in tomorrow's copy of the feed is the same article.
 */
final class FeedReader {

    private FeedReader() {
    }

    static boolean isFeed(String lowerName, byte[] bytes) {
        if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8).stripLeading();
        return (lowerName.endsWith(".xml") || head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed"))
                && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF"));
    }

    static List<Document> read(String name, byte[] bytes) throws InputException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a file someone else wrote
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputException(name + ": not a readable RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        }
        List<Document> out = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String text = text(entry);
            if (text.isBlank()) {
                continue;
            }
            String title = entry.getTitle() == null ? null : Jsoup.parse(entry.getTitle()).text().strip();
            String body = title == null || title.isEmpty() || text.startsWith(title) ? text : title + "\n\n" + text;
            String key = entry.getLink() != null ? entry.getLink() : entry.getUri() != null ? entry.getUri() : body;
            out.add(new Document(DocumentReader.idOf(key.getBytes(StandardCharsets.UTF_8)),
                    title == null || title.isEmpty() ? null : title, body, LanguageGuesser.guess(body), day(entry),
                    feed.getTitle(), entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor(),
                    entry.getLink()));
        }
        return out;
    }

    private static String text(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            html.append(c.getValue()).append('\n');
        }
        if (html.toString().isBlank() && entry.getDescription() != null) {
            html.append(entry.getDescription().getValue());
        }
        org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(html.toString());
        page.select("script, style").remove();
        StringBuilder text = new StringBuilder();
        page.body().select("p, li, h1, h2, h3").forEach(e -> text.append(e.text().strip()).append('\n'));
        return text.length() > 0 ? text.toString().strip() : page.body().text().strip();
    }

    private static LocalDate day(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int nl = message.indexOf('\n');
        return nl > 0 ? message.substring(0, nl) : message;
    }
}
