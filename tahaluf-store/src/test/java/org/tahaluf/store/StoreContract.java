package org.tahaluf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Event;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;
import org.tahaluf.core.RelationKind;

/**
 * What every store must do, run against each engine by a subclass: the same tests for the embedded
 * SQLite file and a real PostgreSQL server.
 */
abstract class StoreContract {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    Store store;

    /** A fresh, empty store of the engine under test. */
    abstract StoreLocation freshLocation() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = Stores.open(freshLocation());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesEveryPartOfAnAnalysis() {
        Analysis a = Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY);

        Admission admission = store.put(a);

        assertThat(admission.outcome()).isEqualTo(Admission.Outcome.STORED);
        Stats stats = store.stats();
        assertThat(stats.documents()).isEqualTo(1);
        assertThat(stats.duplicates()).isZero();
        assertThat(stats.actors()).isEqualTo(a.actors().size());
        assertThat(stats.events()).isEqualTo(a.events().size()).isPositive();
        assertThat(stats.claims()).isEqualTo(a.claims().size()).isPositive();
        assertThat(stats.threats()).isEqualTo(a.threats().size());
    }

    @Test
    void theSameArticleTwiceIsStoredOnce() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        Stats before = store.stats();

        Admission again = store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        Admission otherId = store.put(Articles.analyse("elsewhere", Articles.BAGHDAD.replace("\n", "\r\n"), MONDAY));

        assertThat(again.outcome()).isEqualTo(Admission.Outcome.ALREADY_STORED);
        assertThat(otherId.outcome()).isEqualTo(Admission.Outcome.ALREADY_STORED);
        assertThat(otherId.documentId()).isEqualTo("baghdad");
        assertThat(store.stats()).isEqualTo(before);
        assertThat(store.contentHashes()).containsExactly(ContentHash.of(Articles.BAGHDAD));
    }

    @Test
    void anotherTextUnderAStoredIdIsRefused() {
        store.put(Articles.analyse("one", Articles.BAGHDAD, MONDAY));

        Admission clash = store.put(Articles.analyse("one", Articles.DAMASCUS, MONDAY));

        assertThat(clash.outcome()).isEqualTo(Admission.Outcome.ID_CONFLICT);
        assertThat(store.stats().documents()).isEqualTo(1);
    }

    @Test
    void aSyndicatedCopyIsLinkedToTheFirstStoryAndItsEventsAreNotCountedTwice() {
        store.put(Articles.analyse("first", Articles.BAGHDAD, MONDAY));
        int original = store.events(EventQuery.all()).size();

        Admission copy = store.put(Articles.analyse("copy", Articles.BAGHDAD_COPY, MONDAY));

        assertThat(copy.outcome()).isEqualTo(Admission.Outcome.NEAR_DUPLICATE);
        assertThat(copy.duplicateOf()).isEqualTo("first");
        assertThat(store.stats().documents()).isEqualTo(2);
        assertThat(store.stats().duplicates()).isEqualTo(1);
        assertThat(store.events(EventQuery.all())).hasSize(original);
        assertThat(store.events(EventQuery.all().withDuplicates(true))).hasSizeGreaterThan(original);
    }

    @Test
    void aDifferentStoryIsNotADuplicate() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));

        Admission other = store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY));

        assertThat(other.outcome()).isEqualTo(Admission.Outcome.STORED);
    }

    @Test
    void anEventLeadsBackToItsArticleSentenceAndSpeaker() {
        Analysis a = Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY);
        store.put(a);
        Event accusation = a.events().stream().filter(e -> e.type() == EventType.ACCUSE).findFirst().orElseThrow();

        Evidence evidence = store.evidence("baghdad:" + accusation.id()).orElseThrow();

        assertThat(evidence.title()).isEqualTo(a.document().title());
        assertThat(evidence.published()).isEqualTo(MONDAY);
        assertThat(evidence.sentence()).isEqualTo(a.sentences().get(accusation.sentence()).text()).contains("اتهمت إيران");
        assertThat(evidence.event().event()).isEqualTo(accusation);
        assertThat(store.evidence("baghdad:e999")).isEmpty();
        assertThat(store.evidence("no-colon")).isEmpty();
    }

    @Test
    void eventsAreDatedByTheirOwnTimeElseByTheArticle() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));

        List<StoredEvent> events = store.events(EventQuery.all());

        assertThat(events).allSatisfy(e -> assertThat(e.day()).isEqualTo(
                e.event().time() != null && e.event().time().start() != null ? e.event().time().start() : MONDAY));
    }

    @Test
    void eventsBetweenTwoActorsAndInAWindow() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY.plusDays(10)));

        List<StoredEvent> dyad = store.events(EventQuery.all().between("IRN", "USA"));
        List<StoredEvent> later = store.events(EventQuery.all().window(MONDAY.plusDays(5), MONDAY.plusDays(20)));

        assertThat(dyad).extracting(e -> e.event().type()).containsExactly(EventType.ACCUSE);
        assertThat(store.events(EventQuery.all().betweenGroups(java.util.Set.of("IRN", "IRN_GOV"), java.util.Set.of("USA", "USA_MIL"))))
                .isEqualTo(dyad);
        assertThat(later).isNotEmpty().allSatisfy(e -> assertThat(e.documentId()).isEqualTo("damascus"));
    }

    @Test
    void anActorsEventsAreCountedPerMonthBySign() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY.plusMonths(1)));
        store.put(Articles.analyse("copy", Articles.BAGHDAD_COPY, MONDAY.plusMonths(2))); // a copy: not counted

        java.util.Map<String, long[]> expected = new java.util.TreeMap<>();
        for (StoredEvent e : store.events(EventQuery.all().involving("USA"))) {
            if (e.day() != null && e.event().modality() != Modality.NEGATED) {
                long[] n = expected.computeIfAbsent(e.day().toString().substring(0, 7), k -> new long[3]);
                n[e.event().sign() > 0 ? 0 : e.event().sign() < 0 ? 1 : 2]++;
            }
        }

        assertThat(expected).isNotEmpty().doesNotContainKey(MONDAY.plusMonths(2).toString().substring(0, 7));
        assertThat(store.eventsPerMonth("USA")).extracting(EventsInMonth::month).containsExactlyElementsOf(expected.keySet());
        assertThat(store.eventsPerMonth("USA")).allSatisfy(m -> assertThat(new long[] {m.cooperation(), m.conflict(),
                m.neutral()}).containsExactly(expected.get(m.month())));
        assertThat(store.eventsPerMonth("NOBODY")).isEmpty();
    }

    @Test
    void partnersSumTheEvidenceOnEachSide() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));

        List<Partner> partners = store.partners("USA");

        Partner iran = partners.stream().filter(p -> p.other().id().equals("IRN")).findFirst().orElseThrow();
        assertThat(iran.conflict()).isEqualTo(1);
        assertThat(iran.sign()).isEqualTo(-1);
        assertThat(partners).anySatisfy(p -> {
            assertThat(p.other().id()).isEqualTo("IRQ");
            assertThat(p.sign()).isEqualTo(1);
        });
    }

    @Test
    void relationsOfAnActorCarryTheirSentence() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));

        List<StoredRelation> relations = store.relations("SUDANI");

        assertThat(relations).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.LEADS);
            assertThat(r.target()).isEqualTo("IRQ_GOV");
            assertThat(r.sentenceText()).contains("برئاسة");
        });
    }

    @Test
    void claimsThreatsAndTiesAreReadByTheDateOfTheirArticle() {
        Analysis baghdad = Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY);
        store.put(baghdad);
        store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY.plusDays(10)));
        List<StoredClaim> claims = new ArrayList<>();
        List<StoredThreat> threats = new ArrayList<>();

        store.forEachClaim(MONDAY, MONDAY, claims::add);
        store.forEachThreat(null, MONDAY, threats::add);
        List<StoredRelation> leads = store.relations(RelationKind.LEADS, MONDAY, MONDAY.plusDays(1));

        assertThat(claims).extracting(StoredClaim::claim).containsExactlyElementsOf(baghdad.claims());
        assertThat(claims).allSatisfy(c -> assertThat(c.day()).isEqualTo(MONDAY));
        assertThat(threats).extracting(StoredThreat::threat).containsExactlyElementsOf(baghdad.threats());
        assertThat(leads).extracting(StoredRelation::source).containsExactly("SUDANI");
        assertThat(store.relations(RelationKind.LEADS, MONDAY.plusDays(1), null)).isEmpty();
    }

    @Test
    void actorsAreFoundByIdOrNameInEitherLanguage() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));

        assertThat(store.actors("iran", 10)).extracting(s -> s.actor().id()).contains("IRN");
        assertThat(store.actors("إيران", 10)).extracting(s -> s.actor().id()).contains("IRN");
        assertThat(store.actors("", 0)).hasSize((int) store.stats().actors());
        assertThat(store.actors("100%_", 10)).isEmpty();
        assertThat(store.allActors()).hasSize((int) store.stats().actors());
        assertThat(store.actorCount()).isEqualTo(store.stats().actors());
        assertThat(store.actor("USA")).hasValueSatisfying(a -> assertThat(a.nameEn()).isEqualTo("United States"));
    }

    @Test
    void aFailedWriteLeavesNothingOfTheArticle() {
        Analysis a = Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY);
        Event orphan = new Event("e99", EventType.ASSAULT, null, List.of(), "NOT_AN_ACTOR", null, null, null, -1,
                Modality.ASSERTED, null, null, 0, null, null, 0.5);
        List<Event> events = new ArrayList<>(a.events());
        events.add(orphan);
        Analysis broken = new Analysis(a.document(), a.sentences(), a.actors(), a.mentions(), events, a.relations(),
                a.claims(), a.threats());

        assertThatThrownBy(() -> store.put(broken)).isInstanceOf(StoreException.class).hasMessageContaining("baghdad");

        assertThat(store.stats()).isEqualTo(new Stats(0, 0, 0, 0, 0, 0));
        assertThat(store.put(a).outcome()).isEqualTo(Admission.Outcome.STORED);
    }

    @Test
    void reopeningKeepsWhatWasStored() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        Stats before = store.stats();
        StoreLocation location = store.location();
        store.close();

        store = Stores.open(location);

        assertThat(store.stats()).isEqualTo(before);
    }

    // ── The web app's queries ──

    @Test
    void anArticleIsReadBackWithItsMentionsAndEvents() {
        Analysis a = Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY);
        store.put(a);

        StoredDocument d = store.document("baghdad").orElseThrow();

        assertThat(d.document().text()).isEqualTo(a.document().text());
        assertThat(d.document().published()).isEqualTo(MONDAY);
        assertThat(d.sentences()).extracting(org.tahaluf.core.Sentence::text)
                .containsExactlyElementsOf(a.sentences().stream().map(org.tahaluf.core.Sentence::text).toList());
        assertThat(d.mentions()).hasSize(a.mentions().values().stream().mapToInt(List::size).sum())
                .allSatisfy(m -> assertThat(a.document().text().substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(d.events()).extracting(StoredEvent::event).containsExactlyInAnyOrderElementsOf(a.events());
        assertThat(d.actors()).extracting(org.tahaluf.core.Actor::id).contains("USA", "IRN", "IRQ");
        assertThat(store.document("nothing")).isEmpty();
    }

    @Test
    void articlesAreListedNewestFirst() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY.plusDays(3)));
        store.put(Articles.analyse("undated", "قالت الحكومة العراقية إنها ترحب بالمساعدات الأميركية.", null));

        // undated last on both engines (PostgreSQL sorts NULL first in a descending order unless told)
        assertThat(store.documents(0, 10)).extracting(DocumentSummary::id).containsExactly("damascus", "baghdad", "undated");
        assertThat(store.documents(1, 1)).extracting(DocumentSummary::id).containsExactly("baghdad");
        assertThat(store.documents(0, 10).get(1).events()).isPositive();
    }

    @Test
    void searchFindsArabicWordsWhateverTheirSpelling() {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY));

        assertThat(store.search("ايران", 10)).extracting(SearchHit::documentId).containsExactly("baghdad");
        assertThat(store.search("إيرانَ", 10)).singleElement()
                .satisfies(h -> assertThat(h.snippet()).contains("اتهمت إيران"));
        assertThat(store.search("أردوغان قسد", 10)).extracting(SearchHit::documentId).containsExactly("damascus");
        assertThat(store.search("أردوغان الأنبار", 10)).isEmpty();
        assertThat(store.search("\"OR\" NEAR( *", 10)).isEmpty();
        assertThat(store.search("  ", 10)).isEmpty();
    }

    @Test
    void aSyndicatedCopyIsNotASecondSearchHit() {
        store.put(Articles.analyse("first", Articles.BAGHDAD, MONDAY));
        store.put(Articles.analyse("copy", Articles.BAGHDAD_COPY, MONDAY));

        assertThat(store.search("الأنبار", 10)).extracting(SearchHit::documentId).containsExactly("first");
    }

    @Test
    void eventsAreFoundByTheirPlace() {
        Analysis a = Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY);
        store.put(a);
        Event located = a.events().stream().filter(e -> e.location() != null).findFirst().orElseThrow();

        List<Evidence> there = store.eventsAt(java.util.Set.of(located.location(), "NOWHERE"), EventQuery.all());

        assertThat(there).extracting(e -> e.event().event()).contains(located)
                .allSatisfy(e -> assertThat(e.location()).isEqualTo(located.location()));
        assertThat(store.eventsAt(java.util.Set.of("NOWHERE"), EventQuery.all())).isEmpty();
        assertThat(store.placeCounts(null, null)).anySatisfy(c -> {
            assertThat(c.place()).isEqualTo(located.location());
            assertThat(c.events()).isPositive();
        });
        assertThat(store.placeCounts(MONDAY.plusDays(1), null)).isEmpty();
    }

    @Test
    void thePublishedRangeSpansTheArticlesDates() {
        assertThat(store.publishedRange()).isEqualTo(new DateRange(null, null));
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, MONDAY));
        store.put(Articles.analyse("damascus", Articles.DAMASCUS, MONDAY.plusDays(40)));

        assertThat(store.publishedRange()).isEqualTo(new DateRange(MONDAY, MONDAY.plusDays(40)));
    }
}
