package org.tahaluf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.text.Scripts;

/** Lint of the bundled lexicon: it loads, and what the loader cannot see on one line holds across files. */
class BundledLexiconTest {

    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = LexiconLoader.loadDefault();
    }

    @Test
    void everyActorHasAnArabicAndALatinName() {
        for (Actor a : lexicon.actors().values()) {
            assertThat(a.nameAr().chars().anyMatch(Scripts::isArabicLetter)).as("Arabic name of %s", a.id()).isTrue();
            assertThat(a.nameEn().chars().anyMatch(c -> c < 128 && Character.isLetter(c)))
                    .as("English name of %s", a.id()).isTrue();
        }
    }

    @Test
    void everyStateHasItsOrgans() {
        for (Actor a : lexicon.actors().values()) {
            if (a.kind() == ActorKind.STATE && lexicon.gentilic(a.id()).isPresent()) {
                assertThat(lexicon.actor(a.id() + "_GOV")).as("government of %s", a.id()).isPresent();
                assertThat(lexicon.actor(a.id() + "_MIL")).as("military of %s", a.id()).isPresent();
            }
        }
    }

    @Test
    void organsOfAStateBelongToItsCountry() {
        for (Actor a : lexicon.actors().values()) {
            int cut = a.id().indexOf('_');
            if (cut == 3 && lexicon.actor(a.id().substring(0, 3)).map(s -> s.kind() == ActorKind.STATE).orElse(false)
                    && a.sector() != null && a.sector().isState()) {
                assertThat(a.country()).as("country of %s", a.id()).isEqualTo(a.id().substring(0, 3));
            }
        }
    }

    @Test
    void placesLieNearTheirParent() {
        for (Place p : lexicon.places().values()) {
            if (p.parent() == null || p.kind().equals("sea") || p.kind().equals("river")) {
                continue;
            }
            Place parent = lexicon.place(p.parent()).orElseThrow();
            if (parent.kind().equals("country") || parent.kind().equals("region")) {
                continue;
            }
            assertThat(Math.abs(p.lat() - parent.lat()) + Math.abs(p.lon() - parent.lon()))
                    .as("%s is far from its parent %s", p.id(), parent.id()).isLessThan(8.0);
        }
    }

    @Test
    void everyPloverTypeHasArabicAndEnglishPatterns() {
        for (Language language : new Language[] {Language.AR, Language.EN}) {
            Set<EventType> covered = EnumSet.noneOf(EventType.class);
            PhraseMatcher<EventPattern> events = lexicon.matchers(language).events();
            assertThat(events.size()).isGreaterThan(16);
            for (EventType t : EventType.values()) {
                if (hasPattern(language, t)) {
                    covered.add(t);
                }
            }
            assertThat(covered).as("event types with %s patterns", language).containsExactlyInAnyOrder(EventType.values());
        }
    }

    private static boolean hasPattern(Language language, EventType type) {
        String file = language == Language.AR ? "events/ar.tsv" : "events/en.tsv";
        TsvFile tsv = TsvFile.read(file, BundledLexiconTest.class.getResourceAsStream(LexiconLoader.BASE + file), 6);
        return tsv.rows().stream().anyMatch(r -> r.get(0).equals(type.name()));
    }

    @Test
    void factsAboutLeadersHaveDates() {
        for (Fact f : lexicon.facts()) {
            if (f.relation() == org.tahaluf.core.RelationKind.LEADS) {
                assertThat(f.from()).as("start of %s leads %s", f.subject(), f.object()).isNotNull();
            }
        }
    }
}
