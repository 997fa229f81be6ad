package org.tahaluf.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tahaluf spark} as a user meets it: exit status and one-line errors on standard error. */
class SparkCommandTest {

    @TempDir
    Path dir;

    /** Exit status and standard error of one run. */
    record Run(int status, String err) {
    }

    private static Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = SparkMain.run(args);
            return new Run(status, e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void aMissingInputGivesOneLineNamingItAndStatusOne() {
        String missing = dir.resolve("no-such-folder").toString();

        Run run = run("--master", "local[1]", "analyze", missing, dir.resolve("out").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("tahaluf spark: " + missing + ": no such file or folder");
    }

    @Test
    void anArticleIsAnalysedAndSummedUp() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Talks in Doha\n\nQatar hosted talks between Sudan and Chad.\n");

        Run run = run("--master", "local[1]", "analyze", article.toString(), dir.resolve("out").toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("tahaluf spark: 1 articles");
        assertThat(JobOutput.analysisLines(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void aNegativePartitionCountIsAUsageError() {
        Run run = run("analyze", "--partitions", "-1", "in", "out");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("tahaluf spark: --partitions must be 0 or more, not -1");
    }
}
