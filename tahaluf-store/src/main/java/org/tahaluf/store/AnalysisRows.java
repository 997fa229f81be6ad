package org.tahaluf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Claim;
import org.tahaluf.core.Document;
import org.tahaluf.core.Event;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Relation;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Threat;

/** Writes the rows of one analysis inside the caller's transaction: one batch per table. */
final class AnalysisRows {

    private final Connection db;

    AnalysisRows(Connection db) {
        this.db = db;
    }

    void insert(Analysis a, String contentHash, MinHash signature, String duplicateOf) throws SQLException {
        Document d = a.document();
        document(d, contentHash, signature, duplicateOf);
        searchIndex(d);
        if (signature != null) {
            buckets(d.id(), signature);
        }
        sentences(d.id(), a.sentences());
        actors(a.actors());
        mentions(d.id(), a.mentions());
        events(d, a.events());
        relations(d.id(), a.relations());
        claims(d.id(), a.claims());
        threats(d.id(), a.threats());
    }

    private void document(Document d, String hash, MinHash signature, String duplicateOf) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO documents (id, content_hash, title, language, published, source, author, url, body,
                                       signature, duplicate_of, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, d.id());
            s.setString(2, hash);
            s.setString(3, d.title());
            s.setString(4, d.language().code());
            s.setString(5, date(d.published()));
            s.setString(6, d.source());
            s.setString(7, d.author());
            s.setString(8, d.url());
            s.setString(9, d.text());
            s.setString(10, signature == null ? null : signature.encode());
            s.setString(11, duplicateOf);
            s.setString(12, Instant.now().toString());
            s.executeUpdate();
        }
    }

    private void searchIndex(Document d) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(SearchIndex.INSERT)) {
            SearchIndex.bind(s, d.id(), d.title(), d.text());
            s.executeUpdate();
        }
    }

    private void buckets(String documentId, MinHash signature) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO document_buckets (bucket, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (long bucket : signature.buckets()) {
                s.setLong(1, bucket);
                s.setString(2, documentId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void sentences(String documentId, List<Sentence> sentences) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO sentences (document_id, idx, start_offset, end_offset, content) VALUES (?, ?, ?, ?, ?)")) {
            for (Sentence sentence : sentences) {
                s.setString(1, documentId);
                s.setInt(2, sentence.index());
                s.setInt(3, sentence.start());
                s.setInt(4, sentence.end());
                s.setString(5, sentence.text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void actors(List<Actor> actors) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO actors (id, name_en, name_ar, kind, country, sector, wikidata, known)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")) {
            for (Actor actor : actors) {
                s.setString(1, actor.id());
                s.setString(2, actor.nameEn());
                s.setString(3, actor.nameAr());
                s.setString(4, actor.kind().code());
                s.setString(5, actor.country());
                s.setString(6, actor.sector() == null ? null : actor.sector().name());
                s.setString(7, actor.wikidata());
                s.setBoolean(8, actor.known());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void mentions(String documentId, Map<String, List<Mention>> mentions) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO mentions (document_id, actor_id, sentence, start_offset, end_offset, content)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (List<Mention> list : mentions.values()) {
                for (Mention m : list) {
                    s.setString(1, documentId);
                    s.setString(2, m.actorId());
                    s.setInt(3, m.sentence());
                    s.setInt(4, m.start());
                    s.setInt(5, m.end());
                    s.setString(6, m.text());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void events(Document d, List<Event> events) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO events (document_id, event_id, type, mode, context, source, target, location, location_text,
                                    sign, modality, speaker, speaker_text, cue, time_text, time_start, time_end, day,
                                    sentence, trigger_start, trigger_end, trigger_text, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Event e : events) {
                int i = 0;
                s.setString(++i, d.id());
                s.setString(++i, e.id());
                s.setString(++i, e.type().name());
                s.setString(++i, e.mode());
                s.setString(++i, e.context().isEmpty() ? null : String.join(",", e.context()));
                s.setString(++i, e.source());
                s.setString(++i, e.target());
                s.setString(++i, e.location());
                s.setString(++i, e.locationText());
                s.setInt(++i, e.sign());
                s.setString(++i, e.modality().code());
                s.setString(++i, e.attribution() == null ? null : e.attribution().speaker());
                s.setString(++i, e.attribution() == null ? null : e.attribution().speakerText());
                s.setString(++i, e.attribution() == null ? null : e.attribution().cue());
                s.setString(++i, e.time() == null ? null : e.time().text());
                s.setString(++i, e.time() == null ? null : date(e.time().start()));
                s.setString(++i, e.time() == null ? null : date(e.time().end()));
                s.setString(++i, date(e.time() != null && e.time().start() != null ? e.time().start() : d.published()));
                s.setInt(++i, e.sentence());
                setInteger(s, ++i, e.trigger() == null ? null : e.trigger().start());
                setInteger(s, ++i, e.trigger() == null ? null : e.trigger().end());
                s.setString(++i, e.triggerText());
                s.setDouble(++i, e.confidence());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void relations(String documentId, List<Relation> relations) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO relations (document_id, idx, source, target, kind, sign, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            int idx = 0;
            for (Relation r : relations) {
                s.setString(1, documentId);
                s.setInt(2, idx++);
                s.setString(3, r.source());
                s.setString(4, r.target());
                s.setString(5, r.kind().code());
                s.setInt(6, r.sign());
                s.setInt(7, r.sentence());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void claims(String documentId, List<Claim> claims) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO claims (document_id, idx, speaker, speaker_text, cue, sentence, content_start, content_end,
                                    content, events)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int idx = 0;
            for (Claim c : claims) {
                s.setString(1, documentId);
                s.setInt(2, idx++);
                s.setString(3, c.speaker());
                s.setString(4, c.speakerText());
                s.setString(5, c.cue());
                s.setInt(6, c.sentence());
                setInteger(s, 7, c.content() == null ? null : c.content().start());
                setInteger(s, 8, c.content() == null ? null : c.content().end());
                s.setString(9, c.text());
                s.setString(10, c.events().isEmpty() ? null : String.join(",", c.events()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void threats(String documentId, List<Threat> threats) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO threats (document_id, idx, actor, location, location_text, trend, sentence, content)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int idx = 0;
            for (Threat t : threats) {
                s.setString(1, documentId);
                s.setInt(2, idx++);
                s.setString(3, t.actor());
                s.setString(4, t.location());
                s.setString(5, t.locationText());
                s.setString(6, t.trend() == null ? null : t.trend().code());
                s.setInt(7, t.sentence());
                s.setString(8, t.text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
