package org.tahaluf.core;

import java.util.List;
import java.util.Map;

/**
 * Everything Tahaluf read in one document. {@code actors} holds each actor once with all of its
 * mentions; every other part refers to actors by id.
 */
public record Analysis(Document document, List<Sentence> sentences, List<Actor> actors,
                       Map<String, List<Mention>> mentions, List<Event> events, List<Relation> relations,
                       List<Claim> claims, List<Threat> threats) {

    public static final String SCHEMA = "tahaluf.analysis/1";

    public Analysis {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        mentions = Map.copyOf(mentions);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        claims = List.copyOf(claims);
        threats = List.copyOf(threats);
    }
}
