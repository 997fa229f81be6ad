package org.tahaluf.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Sentence;

/** Reads one stored article back with everything the reader shows beside its text. */
final class DocumentRows {

    private final JdbcStore store;

    DocumentRows(JdbcStore store) {
        this.store = store;
    }

    Optional<StoredDocument> read(String id) {
        List<Document> documents = new ArrayList<>();
        List<String> duplicateOf = new ArrayList<>();
        store.query("SELECT id, title, body, language, published, source, author, url, duplicate_of"
                + " FROM documents WHERE id = ?", List.of(id), r -> {
                    documents.add(new Document(r.getString(1), r.getString(2), r.getString(3),
                            Language.fromCode(r.getString(4)), EventRows.date(r.getString(5)), r.getString(6),
                            r.getString(7), r.getString(8)));
                    duplicateOf.add(r.getString(9));
                });
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredDocument(documents.get(0), duplicateOf.get(0), sentences(id), actors(id),
                mentions(id), events(id)));
    }

    private List<Sentence> sentences(String id) {
        List<Sentence> out = new ArrayList<>();
        store.query("SELECT idx, start_offset, end_offset, content FROM sentences WHERE document_id = ? ORDER BY idx",
                List.of(id), r -> out.add(new Sentence(r.getInt(1), r.getInt(2), r.getInt(3), r.getString(4), List.of(),
                        false)));
        return out;
    }

    /** The actors the article mentions or codes in an event, described as the store knows them. */
    private List<Actor> actors(String id) {
        List<Actor> out = new ArrayList<>();
        store.query("""
                SELECT a.* FROM actors a WHERE a.id IN (
                    SELECT actor_id FROM mentions WHERE document_id = ?
                    UNION SELECT source FROM events WHERE document_id = ?
                    UNION SELECT target FROM events WHERE document_id = ? AND target IS NOT NULL)
                ORDER BY a.id""", List.of(id, id, id), r -> out.add(JdbcStore.actor(r)));
        return out;
    }

    private List<StoredEvent> events(String id) {
        List<StoredEvent> out = new ArrayList<>();
        store.query(EventSql.SELECT + " WHERE e.document_id = ? ORDER BY e.sentence, e.trigger_start, e.event_id",
                List.of(id), r -> out.add(EventRows.read(r)));
        return out;
    }

    private List<Mention> mentions(String id) {
        List<Mention> out = new ArrayList<>();
        store.query("SELECT actor_id, sentence, start_offset, end_offset, content FROM mentions WHERE document_id = ?"
                + " ORDER BY start_offset, end_offset DESC, actor_id", List.of(id),
                r -> out.add(new Mention(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getString(5))));
        return out;
    }
}
