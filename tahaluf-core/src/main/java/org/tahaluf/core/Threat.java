package org.tahaluf.core;

/** An actor's danger or activity tied to a place, with its trend when the text gives one. */
public record Threat(String actor, String location, String locationText, Trend trend, int sentence, String text) {
}
