package org.tahaluf.store;

import java.time.LocalDate;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;

/** Invented articles analysed by the real pipeline: what the store tests put in. */
final class Articles {

    static final Pipeline PIPELINE = Pipeline.standard();

    static final String BAGHDAD = """
            واشنطن وبغداد توسعان التعاون العسكري

            بغداد - قال المتحدث باسم وزارة الدفاع الأميركية إن الولايات المتحدة ستواصل دعم القوات العراقية.
            وقدمت الولايات المتحدة مساعدات عسكرية للعراق يوم الاثنين.
            وشنت طائرات أميركية غارات على مواقع لتنظيم داعش في محافظة الأنبار.
            واتهمت إيران الولايات المتحدة بزعزعة استقرار المنطقة.
            وقالت الحكومة العراقية برئاسة محمد شياع السوداني إنها ترحب بالمساعدات.
            """;

    /** The same story as syndicated elsewhere: another headline, one sentence more. */
    static final String BAGHDAD_COPY = """
            مساعدات أميركية للعراق وغارات على داعش

            بغداد - قال المتحدث باسم وزارة الدفاع الأميركية إن الولايات المتحدة ستواصل دعم القوات العراقية.
            وقدمت الولايات المتحدة مساعدات عسكرية للعراق يوم الاثنين.
            وشنت طائرات أميركية غارات على مواقع لتنظيم داعش في محافظة الأنبار.
            واتهمت إيران الولايات المتحدة بزعزعة استقرار المنطقة.
            وقالت الحكومة العراقية برئاسة محمد شياع السوداني إنها ترحب بالمساعدات.
            ولم تعلق طهران على الغارات حتى الآن.
            """;

    static final String DAMASCUS = """
            تركيا تهدد قسد

            هدد الرئيس التركي رجب طيب أردوغان قوات سوريا الديمقراطية بعملية عسكرية جديدة.
            واستقبل الرئيس السوري أحمد الشرع وفدا أميركيا في دمشق يوم الأربعاء.
            """;

    private Articles() {
    }

    static Analysis analyse(String id, String text, LocalDate published) {
        return PIPELINE.analyze(new Document(id, null, text, Language.AR, published, "test", null, null));
    }
}
