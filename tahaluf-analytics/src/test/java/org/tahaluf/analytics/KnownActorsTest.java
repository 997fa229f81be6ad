package org.tahaluf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;

/** The actors kept between answers: read again once the store holds more. */
class KnownActorsTest {

    @TempDir
    Path folder;

    @Test
    void actorsStoredAfterTheFirstReadAreKnownToTheNext() {
        Pipeline pipeline = Pipeline.standard();
        try (Store store = Stores.open(StoreLocation.sqlite(folder.resolve("actors.db")))) {
            store.put(pipeline.analyze(article("one", "Iran accused the United States of destabilizing the region.")));
            KnownActors actors = new KnownActors(store);

            var first = actors.byId();
            assertThat(first).containsKeys("IRN", "USA").doesNotContainKey("TUR");
            assertThat(actors.byId()).as("nothing stored since: the same map").isSameAs(first);

            store.put(pipeline.analyze(article("two", "Turkey threatened the Syrian Democratic Forces on Monday.")));

            assertThat(actors.byId()).containsKeys("IRN", "USA", "TUR").hasSize((int) store.actorCount());
        }
    }

    private static Document article(String id, String text) {
        return new Document(id, null, text, Language.EN, null, null, null, null);
    }
}
