package org.tahaluf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messy input as news really comes: every file gives an analysis or one line naming the file, in
 * bounded time, never a stack trace.
 */
class BadInputTest {

    private static final String ARABIC = "قال وزير الدفاع العراقي إن القوات العراقية شنت هجوما على مواقع تنظيم داعش في الأنبار.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** What the command must do with a file: analyse it, or refuse it in one line. */
    enum Expect { ANALYSIS, ONE_LINE_ERROR }

    static Stream<Arguments> files() throws IOException {
        Files.createDirectories(dir);
        return Stream.of(
                file("empty.txt", new byte[0], Expect.ONE_LINE_ERROR),
                file("blank.txt", " \n\t \r\n ".getBytes(StandardCharsets.UTF_8), Expect.ONE_LINE_ERROR),
                file("binary.bin", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xfe}, Expect.ONE_LINE_ERROR),
                file("invalid-utf8.txt", new byte[] {'a', ' ', (byte) 0xc3, (byte) 0x28, ' ', (byte) 0xa0, (byte) 0xa1}, Expect.ONE_LINE_ERROR),
                file("utf16-bom.txt", withBom(ARABIC, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe}), Expect.ANALYSIS),
                file("utf16be-bom.txt", withBom(ARABIC, StandardCharsets.UTF_16BE, new byte[] {(byte) 0xfe, (byte) 0xff}), Expect.ANALYSIS),
                file("utf16-no-bom.txt", ("Iraqi forces attacked ISIS in Anbar. " + ARABIC).getBytes(StandardCharsets.UTF_16LE), Expect.ANALYSIS),
                file("windows-1256.txt", ARABIC.getBytes(Charset.forName("windows-1256")), Expect.ANALYSIS),
                file("big.txt", (ARABIC + "\n").repeat(20 * 1024 * 1024 / (ARABIC.length() * 2)).getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("long-line.txt", "ا".repeat(1 << 19).getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("deep.html", ("<html><body>" + "<div>".repeat(20_000) + ARABIC + "</div>".repeat(20_000) + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("script.html", ("<html><body><p>" + ARABIC + "</p><script>alert(1)</script><img src=x onerror=alert(1)></body></html>")
                        .getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("bidi.txt", ("\u202e" + ARABIC + "\u202c\u200b\u200c\u200d\u2066" + ARABIC + "\u2069\ufeff").getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("nul.txt", (ARABIC + "\u0000" + ARABIC).getBytes(StandardCharsets.UTF_8), Expect.ONE_LINE_ERROR),
                file("diacritized.txt", "قَالَ وَزِيرُ الدِّفَاعِ العِرَاقِيُّ إِنَّ القُوَّاتِ العِرَاقِيَّةَ شَنَّتْ هُجُومًا عَلَى مَوَاقِعِ تَنْظِيمِ دَاعِشٍ."
                        .getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("persian.txt", "گفت وزیر دفاع ایران که نیروهای سپاه پاسداران در کرمانشاه ۱۴۰۲ حمله کردند. پاکستان اور ہندوستان".getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("eastern-digits.txt", ("في ١٢ آذار ٢٠٢٦ " + ARABIC + " وقتل ٢٥ عنصرا").getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS),
                file("emoji.txt", ("🔥🇮🇶 " + ARABIC + " 💣👍🏽👨‍👩‍👧").getBytes(StandardCharsets.UTF_8), Expect.ANALYSIS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void anAnalysisOrOneLineNamingTheFile(String name, Path file, Expect expect) {
        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("analyze", "--format", "json", file.toString()));

        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (expect == Expect.ANALYSIS) {
            assertThat(r.status()).as(r.err()).isZero();
            JsonNode analysis = json(r.out());
            assertThat(analysis.get("schema").asText()).isEqualTo("tahaluf.analysis/1");
            for (JsonNode sentence : analysis.get("sentences")) {
                assertThat(sentence.get("end").asInt()).isGreaterThanOrEqualTo(sentence.get("start").asInt());
            }
        } else {
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l).contains(name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void ingestTakesTheSameFilesWithoutFailing(String name, Path file, Expect expect) {
        Path db = dir.resolve("bad-" + name + ".db");

        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> Cli.run("ingest", "--quiet", "--db", db.toString(), file.toString()));

        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.status()).isEqualTo(expect == Expect.ANALYSIS ? 0 : 1);
    }

    private static Arguments file(String name, byte[] bytes, Expect expect) throws IOException {
        return Arguments.of(name, Files.write(dir.resolve(name), bytes), expect);
    }

    private static byte[] withBom(String text, Charset charset, byte[] bom) {
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + s.substring(0, Math.min(200, s.length())), e);
        }
    }
}
