package org.tahaluf.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Language;
import org.tahaluf.core.RelationKind;

/**
 * Everything Tahaluf knows about the region's actors, places and language, loaded once,
 * validated, and shared read-only by every analysis thread.
 */
public final class Lexicon {

    /**
     * A name in the text: the actor or place it stands for. A guarded place name is also a common word
     * ("دوما", "always"): it names the place only where a place is spoken of ("في دوما", "مدينة دوما").
     */
    public record NameRef(String id, boolean place, boolean ambiguous, boolean guarded) {
    }

    /** A gentilic form ("العراقيون"): the people, whether plural, and its sound-plural case ending. */
    public record GentilicForm(String actorId, boolean plural, CaseEnding ending) {
    }

    /** An organ noun form ("المسؤولين") with its sound-plural case ending. */
    public record OrganForm(Organ organ, CaseEnding ending) {
    }

    /**
     * The case ending of an Arabic sound masculine plural or dual: nominative (-ون, -ان) or
     * oblique (-ين); and the written alef of an indefinite accusative (-ًا: "وفدا أميركيا"). A nisba
     * adjective agrees with its noun, so "المسؤولين العراقيون" is not one phrase, and an accusative
     * nisba only qualifies an accusative noun.
     */
    public enum CaseEnding {
        NOMINATIVE, OBLIQUE, ACCUSATIVE, NONE;

        public boolean agreesWith(CaseEnding other) {
            if (this == ACCUSATIVE || other == ACCUSATIVE) {
                return this == other;
            }
            return this == NONE || other == NONE || this == other;
        }

        /** "نظيرها", "بلادنا", "حكومتهما": an alef that ends a pronoun suffix is no case ending. */
        private static boolean endsWithPronoun(String word) {
            return word.endsWith("ها") || word.endsWith("نا") || word.endsWith("ما");
        }

        /** The ending of a normalized Arabic word. */
        public static CaseEnding of(String word) {
            if (word.length() > 3 && (word.endsWith("ون") || word.endsWith("ان"))) {
                return NOMINATIVE;
            }
            if (word.length() > 3 && word.endsWith("ين")) {
                return OBLIQUE;
            }
            if (word.length() > 3 && word.endsWith("ا") && !word.startsWith("ال") && !endsWithPronoun(word)) {
                return ACCUSATIVE;
            }
            return NONE;
        }
    }

    /** The compiled matchers of one language. */
    public record Matchers(PhraseMatcher<NameRef> names, PhraseMatcher<GentilicForm> gentilics,
                           PhraseMatcher<OrganForm> organs, PhraseMatcher<EventPattern> events,
                           PhraseMatcher<Cue> cues) {
    }

    private final Map<String, Actor> actors;
    private final Map<String, ActorEntry> entries;
    private final Map<String, Place> places;
    private final Map<String, Gentilic> gentilics;
    private final List<Organ> organs;
    private final List<Fact> facts;
    private final Map<Language, Matchers> matchers;

    Lexicon(Map<String, Actor> actors, Map<String, ActorEntry> entries, Map<String, Place> places,
            Map<String, Gentilic> gentilics, List<Organ> organs, List<Fact> facts, Map<Language, Matchers> matchers) {
        this.actors = Map.copyOf(actors);
        this.entries = Map.copyOf(entries);
        this.places = Map.copyOf(places);
        this.gentilics = Map.copyOf(gentilics);
        this.organs = List.copyOf(organs);
        this.facts = List.copyOf(facts);
        this.matchers = new EnumMap<>(matchers);
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<ActorEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    public Optional<Gentilic> gentilic(String actorId) {
        return Optional.ofNullable(gentilics.get(actorId));
    }

    public Map<String, Actor> actors() {
        return actors;
    }

    public Map<String, Place> places() {
        return places;
    }

    public List<Organ> organs() {
        return organs;
    }

    public List<Fact> facts() {
        return facts;
    }

    /** The matchers for a language; languages without their own use the English ones. */
    public Matchers matchers(Language language) {
        Matchers m = matchers.get(language);
        return m != null ? m : matchers.get(Language.EN);
    }

    /** Facts about {@code subject} of one kind that hold on {@code date} (all of them when date is null). */
    public List<Fact> facts(String subject, RelationKind relation, LocalDate date) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.subject().equals(subject) && f.relation() == relation && (date == null || f.holdsOn(date))) {
                out.add(f);
            }
        }
        return out;
    }
}
