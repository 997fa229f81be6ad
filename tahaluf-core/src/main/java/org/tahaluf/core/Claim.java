package org.tahaluf.core;

import java.util.List;

/** A statement attributed to a speaker, with the span of what was said and the events inside it. */
public record Claim(String speaker, String speakerText, String cue, int sentence, Span content, String text,
                    List<String> events) {

    public Claim {
        events = List.copyOf(events);
    }
}
