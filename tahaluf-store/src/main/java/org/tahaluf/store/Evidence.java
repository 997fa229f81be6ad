package org.tahaluf.store;

import java.time.LocalDate;

/** What an event rests on: the article (title, source, address, date), the sentence, the speaker. */
public record Evidence(StoredEvent event, String title, String source, String url, LocalDate published,
                       String language, String sentence) {
}
