package org.tahaluf.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tahaluf.cli.DocumentReader;
import org.tahaluf.cli.InputException;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;

/**
 * The articles the stage benchmarks run on: the shared Arabic development articles when they are
 * beside the project (or in the folder named by {@code -Dtahaluf.jmh.articles=DIR}), else a short
 * invented sample, so the benchmarks run anywhere. Their text is read at run time, never copied.
 */
final class SampleArticles {

    static final String FOLDER_PROPERTY = "tahaluf.jmh.articles";
    private static final int MAX = 20;

    /** Invented by the Tahaluf developers in the style of regional news. */
    private static final List<String> INVENTED = List.of("""
            التحالف يكثف غاراته شرق سوريا
            قال المتحدث باسم التحالف الدولي إن طائرات التحالف شنت أمس سلسلة غارات على مواقع لتنظيم داعش قرب البوكمال، \
            مؤكدا أن القوات العراقية تنسق مع قوات سوريا الديمقراطية لمنع تسلل المسلحين عبر الحدود. \
            وأضاف أن الهجمات ستتواصل حتى القضاء على التنظيم، فيما حذرت دمشق من أن الغارات تنتهك سيادتها.
            """, """
            أنقرة تستضيف جولة جديدة من المحادثات
            أعلنت وزارة الخارجية التركية أن أنقرة ستستضيف الأسبوع المقبل محادثات بين ممثلي الحكومة والمعارضة، \
            بمشاركة روسيا وإيران. وقال وزير الخارجية إن بلاده تعمل على إزالة العقبات بين الطرفين، \
            بينما رفضت فصائل مسلحة المشاركة واتهمت الوسطاء بالانحياز.
            """, """
            تصاعد التوتر على الحدود
            نفت الميليشيات الموالية لإيران مسؤوليتها عن الهجوم الصاروخي على قاعدة عين الأسد، \
            في حين قال مسؤول في وزارة الدفاع الأميركية إن واشنطن تدرس الرد. \
            ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس وتجنب التصعيد في المنطقة.
            """);

    private SampleArticles() {
    }

    static List<Document> load() {
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "../shared/corpus/ar"));
        List<Document> docs = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                DocumentReader reader = new DocumentReader();
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(MAX).toList()) {
                    docs.addAll(reader.read(f, problem -> { }));
                }
            } catch (IOException | InputException e) {
                System.err.println("jmh: " + folder + ": " + e.getMessage() + "; using the invented sample");
                docs.clear();
            }
        }
        if (docs.isEmpty()) {
            for (int i = 0; i < INVENTED.size(); i++) {
                docs.add(new Document("invented-" + i, null, INVENTED.get(i), Language.AR, null, null, null, null));
            }
        }
        return docs;
    }
}
