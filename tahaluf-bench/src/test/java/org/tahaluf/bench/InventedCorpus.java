package org.tahaluf.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** A tiny gzip JSON Lines corpus of articles invented for the tests, in the style of regional news. */
final class InventedCorpus {

    static final List<String> TEXTS = List.of(
            "قال وزير الخارجية التركي إن بلاده ستواصل التنسيق مع العراق لمواجهة تنظيم داعش على الحدود.",
            "أعلنت قوات سوريا الديمقراطية أنها صدت هجوما لمسلحين قرب دير الزور، وقالت إن الاشتباكات استمرت ساعات.",
            "وصل وفد إيراني إلى بغداد لبحث التعاون الأمني، فيما دعت واشنطن إلى ضبط النفس في المنطقة.",
            "نفى متحدث باسم الحكومة اليمنية وجود مفاوضات مع الحوثيين، مؤكدا أن الهدنة لم تعد قائمة.",
            "حذرت الأمم المتحدة من تصاعد أعمال العنف في ليبيا بعد اشتباكات بين فصائل مسلحة في طرابلس.");

    private InventedCorpus() {
    }

    /** Writes the articles as {@code name} (gzip JSON Lines) in {@code dir}. */
    static Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                String line = "{\"id\": \"invented-" + (i + 1) + "\", \"title\": \"خبر " + (i + 1) + "\", \"text\": \""
                        + TEXTS.get(i) + "\", \"date\": \"2018-03-0" + (i + 1) + "\", \"language\": \"ar\"}\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
