package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.EventType;

/**
 * Every PLOVER event type has at least one golden record that expects it ({@code event: SRC TYPE TGT …}),
 * so no family of patterns goes untested in a language and coverage cannot silently shrink.
 */
class GoldenCoverageTest {

    @Test
    void everyEventTypeHasAnArabicRecord() {
        assertThat(missingTypes("/golden/ar.records")).as("event types without an event: line in ar.records").isEmpty();
    }

    @Test
    void everyEventTypeHasAnEnglishRecord() {
        assertThat(missingTypes("/golden/en.records")).as("event types without an event: line in en.records").isEmpty();
    }

    /** The event types no {@code event:} expectation of the records file names. */
    private static Set<EventType> missingTypes(String resource) {
        Set<EventType> missing = EnumSet.allOf(EventType.class);
        for (GoldenRecord r : GoldenRecord.read(resource)) {
            for (String e : r.all("event")) {
                String type = e.split("\\s+")[1];
                if (!type.equals("*")) {
                    missing.remove(EventType.fromCode(type));
                }
            }
        }
        return missing;
    }
}
