package org.tahaluf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.core.Trend;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;

/** Hotspots from invented, dated articles in a real store: violence at a place rising from one window to the next. */
class HotspotsTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path folder;

    private static void put(Store store, String id, String text, LocalDate day) {
        store.put(PIPELINE.analyze(new Document(id, null, text, Language.AR, day, null, null, null)));
    }

    @Test
    void moreAttacksAtAPlaceThanInTheWindowBeforeIsARisingHotspot() {
        try (Store store = Stores.open(StoreLocation.sqlite(folder.resolve("h.db")))) {
            put(store, "jan", "هجوم في الأنبار\n\nشن تنظيم داعش هجوما على الجيش العراقي في محافظة الأنبار.", LocalDate.of(2026, 1, 10));
            String[] february = {
                "هاجم تنظيم داعش الجيش العراقي في محافظة الأنبار.",
                "شن تنظيم داعش هجوما جديدا على قوات الحشد الشعبي في محافظة الأنبار.",
                "فجر تنظيم داعش سيارة مفخخة استهدفت الجيش العراقي في محافظة الأنبار.",
                "قصف تنظيم داعش مواقع الجيش العراقي في محافظة الأنبار بقذائف الهاون."};
            for (int i = 0; i < february.length; i++) {
                put(store, "feb" + i, "الأنبار\n\n" + february[i], LocalDate.of(2026, 2, 3 + i));
            }

            List<Hotspot> hotspots = new Analytics(store).hotspots(new Window(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));

            assertThat(hotspots).first().satisfies(h -> {
                assertThat(h.place()).isEqualTo("IRQ-ANBAR-PROV");
                assertThat(h.violent()).isGreaterThanOrEqualTo(3);
                assertThat(h.actors()).contains("ISIS");
                assertThat(h.trend()).isEqualTo(Trend.RISING);
            });
        }
    }

    @Test
    void theTrendNeedsARealChangeNotOneEventMore() {
        assertThat(Hotspots.trend(1, 2)).isEqualTo(Trend.STABLE);
        assertThat(Hotspots.trend(2, 5)).isEqualTo(Trend.RISING);
        assertThat(Hotspots.trend(6, 2)).isEqualTo(Trend.FALLING);
    }
}
