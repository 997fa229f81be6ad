package org.tahaluf.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on an invented gold file, one rule of score.py per test. */
class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String GOLD = """
            {"document": "invented/001.txt",
             "actors": [
               {"key": "USA", "required": true, "kind": "state", "country": "USA",
                "aliases": ["United States", "الولايات المتحدة"]},
               {"key": "IRQ", "required": true, "kind": "state", "country": "IRQ", "exclude_sectors": ["REB"],
                "aliases": ["Iraq", "العراق"]},
               {"key": "ISIS", "required": true, "kind": "armed_group", "aliases": ["Islamic State", "داعش"]},
               {"key": "US_OFFICIALS", "required": false, "kind": "government", "aliases": ["US officials"]},
               {"key": "BAGHDAD", "required": false, "kind": "location", "aliases": ["Baghdad", "بغداد"]}],
             "actor_groups": {"US_OFFICIALS": "USA", "BAGHDAD": null},
             "events": [
               {"id": "E1", "required": true, "source": ["USA"], "target": ["ISIS"], "sign": -1,
                "types": ["ASSAULT"], "evidence": "شنت الولايات المتحدة غارات على داعش"},
               {"id": "E2", "required": true, "source": ["USA"], "target": ["IRQ"], "sign": 1,
                "types": ["COOPERATE"], "evidence": "تعاون عسكري بين واشنطن وبغداد"},
               {"id": "E3", "required": false, "source": ["IRQ"], "target": [], "sign": 0,
                "types": ["MOBILIZE"], "location": ["BAGHDAD"], "evidence": "انتشار في بغداد"}],
             "claims": [
               {"id": "C1", "required": true, "speaker": ["US_OFFICIALS"], "content_any": ["ضربات جوية"]},
               {"id": "C2", "required": true, "speaker": ["IRQ"], "content_any": ["انسحاب"]}],
             "threats": [
               {"id": "T1", "required": true, "actor": ["ISIS"], "location_any": ["BAGHDAD", "بغداد"], "trend": "rising"}]}
            """;

    static final String SYSTEM = """
            {"schema": "tahaluf.analysis/1",
             "sentences": [{"index": 0, "start": 0, "end": 10, "text": "قال مسؤولون أمريكيون إن ضربات جوية نفذت"}],
             "actors": [
               {"id": "USA", "name": {"en": "United States", "ar": "الولايات المتحدة"}, "kind": "state", "country": "USA"},
               {"id": "IRQ_MIL", "name": {"en": "Iraqi army"}, "kind": "military", "country": "IRQ", "sector": "MIL"},
               {"id": "IRQ_REB", "name": {"en": "Iraqi rebels"}, "kind": "armed_group", "country": "IRQ", "sector": "REB"},
               {"id": "X1", "name": {"en": "the group"}, "kind": "armed_group",
                "mentions": [{"text": "داعش"}, {"text": "التنظيم"}]}],
             "events": [
               {"id": "e1", "type": "ASSAULT", "source": "USA", "target": "X1", "sign": -1},
               {"id": "e2", "type": "COOPERATE", "source": "IRQ_MIL", "target": "USA", "sign": 1},
               {"id": "e3", "type": "COERCE", "source": "USA", "target": "IRQ_REB", "sign": -1}],
             "relations": [],
             "claims": [{"speaker": null, "speaker_text": "US officials", "sentence": 0}],
             "threats": [{"actor": "X1", "location_text": "بغداد", "trend": "rising"}]}
            """;

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    private static Counts score() throws Exception {
        return GoldScorer.score(json(GOLD), json(SYSTEM), null);
    }

    @Test
    void actorsMatchByAliasByMentionsOrByCountryUnlessTheSectorIsExcluded() throws Exception {
        Counts c = score();
        assertThat(c.actorReq()).isEqualTo(3);
        assertThat(c.actorTp()).isEqualTo(3);       // USA by id, IRQ by country, ISIS by its mentions
        assertThat(c.actorSys()).isEqualTo(4);
        assertThat(c.actorSysOk()).isEqualTo(3);    // the rebels are excluded from the Iraqi state
    }

    @Test
    void cooperationIsUndirectedAndDyadsAreCountedOnce() throws Exception {
        Counts c = score();
        assertThat(c.dyadReq()).isEqualTo(2);
        assertThat(c.dyadTp()).isEqualTo(2);
        assertThat(c.dyadSys()).isEqualTo(3);       // USA-ISIS, IRQ~USA, USA-(no gold actor)
        assertThat(c.dyadSysOk()).isEqualTo(2);
    }

    @Test
    void claimsFallBackToTheSpeakerTextAndTheSentence() throws Exception {
        Counts c = score();
        assertThat(c.claimReq()).isEqualTo(2);
        assertThat(c.claimTp()).isEqualTo(1);       // C1 through actor_groups; nobody speaks for Iraq
    }

    @Test
    void threatsNeedActorPlaceAndTrend() throws Exception {
        assertThat(score().threatTp()).isEqualTo(1);
        JsonNode falling = json(SYSTEM.replace("\"trend\": \"rising\"", "\"trend\": \"falling\""));
        assertThat(GoldScorer.score(json(GOLD), falling, null).threatTp()).isZero();
    }

    @Test
    void verboseListsWhatIsMissingAsScorePyPrintsIt() throws Exception {
        StringWriter out = new StringWriter();
        GoldScorer.score(json(GOLD), json(SYSTEM), new PrintWriter(out));
        assertThat(out.toString().lines().toList()).containsExactly(
                "== invented/001.txt",
                "  missing actors: []",
                "  unmatched system actors: [('IRQ_REB', 'Iraqi rebels')]",
                "  missing events: []",
                "  dyads not in gold: [\"('USA', None, -1)\"]",
                "  missing claims: ['C2']",
                "  missing threats: []");
    }

    @Test
    void aCooperationWithNoGoldPartnerIsKeyedByTheWordNoneAsPythonsStrWritesIt() throws Exception {
        JsonNode system = json(SYSTEM.replace("\"source\": \"USA\", \"target\": \"IRQ_REB\", \"sign\": -1",
                "\"source\": \"USA\", \"target\": \"IRQ_REB\", \"sign\": 1"));
        StringWriter out = new StringWriter();
        GoldScorer.score(json(GOLD), system, new PrintWriter(out));
        assertThat(out.toString()).contains("  dyads not in gold: [\"(('None', 'USA'), 1)\"]");
    }

    @Test
    void summaryLineHasTheSixFiguresAndTheShortfalls() throws Exception {
        Metrics m = Metrics.of(1, score());
        assertThat(m.summary(List.of())).isEqualTo("docs=1 actor_recall=1.00 actor_precision=0.75 dyad_recall=1.00 "
                + "dyad_precision=0.67 claim_recall=0.50 threat_recall=1.00");
        assertThat(m.summary(List.of(Metrics.Minimum.parse("claim_recall=0.8"))))
                .endsWith("  SHORT: claim_recall 0.50 < 0.8");
    }

    @Test
    void anEmptyAnalysisFindsNothingAndClaimsNothingWrong() throws Exception {
        Metrics m = Metrics.of(1, GoldScorer.score(json(GOLD), json("{}"), null));
        assertThat(m.get("actor_recall")).isZero();
        assertThat(m.get("actor_precision")).isEqualTo(1.0);
    }

    @Test
    void twoDecimalsRoundHalfToEvenOnTheBinaryValueAsPythonDoes() {
        assertThat(Metrics.twoPlaces(0.125)).isEqualTo("0.12");
        assertThat(Metrics.twoPlaces(0.375)).isEqualTo("0.38");
        assertThat(Metrics.twoPlaces(2.0 / 3)).isEqualTo("0.67");
    }

    @Test
    void textIsComparedWithoutCaseDiacriticsHamzaFormsOrPunctuation() {
        assertThat(ScoreText.norm("The Islamic-State")).isEqualTo("islamic state");
        assertThat(ScoreText.norm("إيران")).isEqualTo(ScoreText.norm("ايران"));
        assertThat(ScoreText.norm("مُنَظَّمَة")).isEqualTo("منظمه");
        assertThat(ScoreText.norm(null)).isEmpty();
    }

    @Test
    void pythonReprQuotesAsPythonDoes() {
        assertThat(PyRepr.str("a'b")).isEqualTo("\"a'b\"");
        assertThat(PyRepr.str("a'b\"")).isEqualTo("'a\\'b\"'");
        assertThat(PyRepr.str(null)).isEqualTo("None");
    }
}
