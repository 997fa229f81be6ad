package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.EventType;

/** Every PLOVER event type has at least one English golden record that expects it ("event: SRC TYPE TGT SIGN"). */
class GoldenCoverageEnglishTest {

    @Test
    void everyEventTypeHasAnEnglishRecord() {
        EnumSet<EventType> covered = EnumSet.noneOf(EventType.class);
        for (GoldenRecord record : GoldenRecord.read("/golden/en.records")) {
            for (String event : record.all("event")) {
                String type = event.split("\\s+")[1];
                if (!type.equals("*")) {
                    covered.add(EventType.valueOf(type));
                }
            }
        }
        assertThat(EnumSet.complementOf(covered)).as("event types with no English golden record")
                .isEmpty();
    }
}
