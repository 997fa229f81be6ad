package org.tahaluf.core;

import java.util.List;
import java.util.Objects;

/** One coded event: who did what to whom, how sure the text is, who said so, when and where. */
public record Event(String id, EventType type, String mode, List<String> context, String source, String target,
                    String location, String locationText, int sign, Modality modality, Attribution attribution,
                    TimeRef time, int sentence, Span trigger, String triggerText, double confidence) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(source, "an event needs a source");
        context = context == null ? List.of() : List.copyOf(context);
        if (sign < -1 || sign > 1) {
            throw new IllegalArgumentException("sign must be -1, 0 or 1: " + sign);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }
}
