package org.tahaluf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many distinct invented Arabic articles, written as JSON Lines: each draws sentences from a pool
 * with its own places and numbers, so no two are near-duplicates. Seeded: the same corpus every run.
 */
final class InventedCorpus {

    private static final String[] ACTS = {
        "شنت طائرات أميركية غارات على مواقع لتنظيم داعش في {place}",
        "اتهمت إيران الولايات المتحدة بزعزعة الاستقرار في {place}",
        "هاجم تنظيم داعش الجيش العراقي قرب {place}",
        "قدمت الولايات المتحدة مساعدات عسكرية للعراق بقيمة {n} مليون دولار",
        "هدد الرئيس التركي قوات سوريا الديمقراطية بعملية عسكرية في {place}",
        "قصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية في {place}",
        "التقى وزير الخارجية العراقي نظيره الإيراني في {place}",
        "أعلنت الحكومة العراقية اعتقال {n} عنصرا من تنظيم داعش في {place}",
        "دعت الأمم المتحدة إلى وقف القتال في {place}",
        "نفت وزارة الدفاع الروسية قصف المدنيين في {place}"};
    private static final String[] PLACES = {"الأنبار", "نينوى", "كركوك", "ديالى", "صلاح الدين", "دير الزور", "الرقة",
        "الحسكة", "حلب", "إدلب", "حمص", "درعا", "أربيل", "البصرة", "بغداد", "دمشق"};

    private InventedCorpus() {
    }

    static Path write(Path file, int articles, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                String act = ACTS[random.nextInt(ACTS.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                int n = 10 + random.nextInt(990);
                text.append(act.replace("{place}", place).replace("{n}", Integer.toString(n)));
                text.append(" يوم ").append(1 + random.nextInt(28)).append(" من الشهر الجاري، بحسب مصدر رقم ").append(i * 7 + s)
                        .append(".\n");
            }
            lines.add("{\"id\":\"inv" + i + "\",\"title\":\"خبر رقم " + i + "\",\"published\":\"2026-0"
                    + (1 + i % 9) + "-1" + (i % 10) + "\",\"text\":\"" + text.toString().replace("\n", "\\n") + "\"}");
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
