package org.tahaluf.lexicon;

/** A cue word or phrase: {@code category} (speech, modality, trend…) and the {@code value} it signals. */
public record Cue(String category, String value, String pattern, String origin) {
}
