package org.tahaluf.lexicon;

import org.tahaluf.core.EventType;

/** A trigger pattern for one PLOVER event type, from an {@code events/*.tsv} line. */
public record EventPattern(EventType type, int sign, String mode, String context, Voice voice, String pattern,
                           String origin) {
}
