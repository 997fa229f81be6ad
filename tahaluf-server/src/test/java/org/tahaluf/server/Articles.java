package org.tahaluf.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The articles the server tests store: invented ones, and the founding article from ../shared when present. */
final class Articles {

    static final Path SHARED = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    static final Path FOUNDING = SHARED.resolve("seed/000_5553bbcc5957a43b.txt");

    /** An invented article in the style of the founding one: the US, ISIS, Iraq, Iran and the militias. */
    static final String INVENTED = """
            واشنطن وبغداد توسعان التعاون العسكري

            بغداد - قال المتحدث باسم وزارة الدفاع الأميركية إن الولايات المتحدة ستواصل دعم القوات العراقية.
            وقدمت الولايات المتحدة مساعدات عسكرية للعراق يوم الاثنين.
            وشنت طائرات أميركية غارات على مواقع لتنظيم داعش في محافظة الأنبار.
            واتهمت إيران الولايات المتحدة بزعزعة استقرار المنطقة.
            وقالت الحكومة العراقية برئاسة محمد شياع السوداني إنها ترحب بالمساعدات.
            """;

    /** An invented article whose text holds markup that must be shown, never run. */
    static final String HOSTILE = """
            Turkey threatens the SDF <script>window.pwned = true;</script>

            Turkish President Recep Tayyip Erdogan threatened the Syrian Democratic Forces with a new offensive \
            <img src=x onerror="window.pwned = true; document.title = 'pwned'"> near Kobani on Monday.
            """;

    private Articles() {
    }

    static Optional<String> founding() {
        try {
            return Files.isRegularFile(FOUNDING)
                    ? Optional.of(Files.readString(FOUNDING, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
