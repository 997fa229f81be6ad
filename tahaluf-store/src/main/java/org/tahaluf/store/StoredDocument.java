package org.tahaluf.store;

import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Document;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Sentence;

/**
 * An article as stored, for reading it back: its text, sentences (without tokens), the actors it
 * mentions with every mention's offsets, and its events in text order.
 */
public record StoredDocument(Document document, String duplicateOf, List<Sentence> sentences, List<Actor> actors,
                             List<Mention> mentions, List<StoredEvent> events) {

    public StoredDocument {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
