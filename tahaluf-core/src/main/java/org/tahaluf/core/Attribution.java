package org.tahaluf.core;

/** Who said something: the speaker's actor id (null when anonymous and unplaceable), the words naming them, the cue. */
public record Attribution(String speaker, String speakerText, String cue) {
}
