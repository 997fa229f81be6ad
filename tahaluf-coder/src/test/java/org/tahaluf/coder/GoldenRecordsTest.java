package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Claim;
import org.tahaluf.core.Document;
import org.tahaluf.core.Event;
import org.tahaluf.core.Language;
import org.tahaluf.core.Relation;
import org.tahaluf.core.Threat;

/** Each golden record (src/test/resources/golden) analysed and checked against what it expects. */
class GoldenRecordsTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.standard();
    }

    static Stream<GoldenRecord> arabic() {
        return GoldenRecord.read("/golden/ar.records").stream();
    }

    static Stream<GoldenRecord> english() {
        return GoldenRecord.read("/golden/en.records").stream();
    }

    @Test
    void everyRecordHasItsOwnId() {
        for (String file : List.of("/golden/ar.records", "/golden/en.records")) {
            List<String> ids = GoldenRecord.read(file).stream().map(GoldenRecord::id).toList();
            assertThat(ids).as("ids in %s", file).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arabic")
    void arabicRecord(GoldenRecord record) {
        check(record, Language.AR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void englishRecord(GoldenRecord record) {
        check(record, Language.EN);
    }

    private void check(GoldenRecord record, Language language) {
        Analysis a = pipeline.analyze(new Document(record.id(), null, record.text(), language,
                java.time.LocalDate.of(2026, 11, 29), null, null, null));
        List<String> actorIds = a.actors().stream().map(Actor::id).toList();
        String seen = describe(a);
        for (String ids : record.all("actors")) {
            assertThat(actorIds).as(seen).contains(ids.split("\\s+"));
        }
        for (String ids : record.all("no-actors")) {
            assertThat(actorIds).as(seen).doesNotContain(ids.split("\\s+"));
        }
        for (String u : record.all("unknown")) {
            String[] p = u.split("\\|");
            String kind = p[0].strip();
            String text = p[1].strip();
            assertThat(a.actors().stream().anyMatch(x -> !x.known() && x.kind().code().equals(kind)
                    && a.mentions().getOrDefault(x.id(), List.of()).stream().anyMatch(m -> m.text().equals(text))))
                    .as("unknown %s in %s", u, seen).isTrue();
        }
        for (String e : record.all("event")) {
            assertThat(a.events().stream().anyMatch(ev -> matches(ev, e.split("\\s+")))).as("event %s in %s", e, seen)
                    .isTrue();
        }
        for (String e : record.all("no-event")) {
            assertThat(a.events().stream().noneMatch(ev -> matches(ev, e.split("\\s+")))).as("no event %s in %s", e, seen)
                    .isTrue();
        }
        for (String c : record.all("claim")) {
            String[] parts = c.split("\\|");
            String speaker = parts[0].strip();
            String words = parts[1].strip();
            // "claim: - | words": a statement whose speaker no one can name (speaker null)
            assertThat(a.claims().stream().anyMatch(cl -> (speaker.equals("-") ? cl.speaker() == null
                    : speaker.equals(cl.speaker())) && cl.text().contains(words)))
                    .as("claim %s in %s", c, seen).isTrue();
        }
        for (String c : record.all("no-claim")) {
            // "no-claim: * | words": no statement, by anyone, holds these words
            String[] parts = c.split("\\|");
            String speaker = parts[0].strip();
            String words = parts[1].strip();
            assertThat(a.claims().stream().noneMatch(cl -> (speaker.equals("*") || speaker.equals(cl.speaker()))
                    && cl.text().contains(words))).as("no claim %s in %s", c, seen).isTrue();
        }
        for (String r : record.all("relation")) {
            String[] p = r.split("\\s+");
            assertThat(a.relations().stream().anyMatch(rel -> (p[0].equals("*") || rel.source().equals(p[0]))
                    && rel.kind().code().equals(p[1])
                    && rel.target().equals(p[2]))).as("relation %s in %s", r, seen).isTrue();
        }
        for (String t : record.all("threat")) {
            String[] p = t.split("\\|");
            String trend = p[2].strip();
            assertThat(a.threats().stream().anyMatch(th -> th.actor().equals(p[0].strip())
                    && p[1].strip().equals(th.location())
                    && (trend.equals("-") ? th.trend() == null : th.trend() != null && th.trend().code().equals(trend))))
                    .as("threat %s in %s", t, seen).isTrue();
        }
    }

    /** "SOURCE|* TYPE|* TARGET|* SIGN [MODALITY]". */
    private static boolean matches(Event ev, String[] p) {
        return (p[0].equals("*") || ev.source().equals(p[0])) && (p[1].equals("*") || ev.type().name().equals(p[1]))
                && (p[2].equals("*") || p[2].equals(ev.target()))
                && (p.length < 4 || Integer.parseInt(p[3]) == ev.sign())
                && (p.length < 5 || ev.modality().code().equals(p[4]));
    }

    private static String describe(Analysis a) {
        StringBuilder b = new StringBuilder("\nactors: ");
        a.actors().forEach(x -> b.append(x.id()).append(' '));
        b.append("\nevents: ");
        for (Event e : a.events()) {
            b.append(e.source()).append(' ').append(e.type()).append(' ').append(e.target()).append(' ')
                    .append(e.sign()).append(' ').append(e.modality().code()).append(" «").append(e.triggerText())
                    .append("»; ");
        }
        b.append("\nrelations: ");
        for (Relation r : a.relations()) {
            b.append(r.source()).append(' ').append(r.kind().code()).append(' ').append(r.target()).append("; ");
        }
        b.append("\nclaims: ");
        for (Claim c : a.claims()) {
            b.append(c.speaker()).append(" «").append(c.text()).append("»; ");
        }
        b.append("\nthreats: ");
        for (Threat t : a.threats()) {
            b.append(t.actor()).append(' ').append(t.location()).append(' ').append(t.trend()).append("; ");
        }
        return b.toString();
    }
}
