package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.Organ;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Place;

/**
 * Finds the actors and places of a sentence, reading left to right and taking at each word the
 * longest reading among: a dictionary name, an organ with its country ("القوات العراقية"), a
 * direction of a place ("شمال غربي سوريا"), a group described by its allegiance ("الميليشيات
 * الموالية لإيران"), a gentilic ("الجهد الأميركي"), a coreferring description ("التنظيم",
 * "بلاده"), and an official without a country ("أحد المسؤولين"). Equal lengths go to that order.
 * Organs ({@link Organs}) and described groups ({@link Groups}) are read by classes of their own.
 */
final class MentionFinder {

    private final Lexicon lexicon;
    private final Organs organs;
    private final Groups groups;
    /** For each person of facts.tsv, the bodies they lead or belong to, at any date. */
    private final java.util.Map<String, java.util.Set<String>> affiliations;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.organs = new Organs(this, lexicon);
        this.groups = new Groups(this, organs, lexicon);
        this.affiliations = affiliations(lexicon);
    }

    private static java.util.Map<String, java.util.Set<String>> affiliations(Lexicon lexicon) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (org.tahaluf.lexicon.Fact f : lexicon.facts()) {
            if (f.relation() == org.tahaluf.core.RelationKind.LEADS || f.relation() == org.tahaluf.core.RelationKind.MEMBER_OF) {
                out.computeIfAbsent(f.subject(), k -> new java.util.HashSet<>()).add(f.object());
            }
        }
        return out;
    }

    List<Found> find(Sentence sentence, String text, Language language, Lexicon.Matchers matchers, SentenceCues cues,
                     Discourse discourse, Unknowns unknowns) {
        Reading r = new Reading(sentence, text, language, matchers, cues, discourse, unknowns);
        unknowns.reading(sentence);
        int i = datelineEnd(r.tokens);
        while (i < r.tokens.size()) {
            if (r.tokens.get(i).punctuation()) {
                i++;
                continue;
            }
            Found best = null;
            for (Found option : options(r, i)) {
                if (option != null && (best == null || option.last() > best.last())) {
                    best = option;
                }
            }
            if (best == null || crossedAfterArticle(r, i, best)) {
                i++;
                continue;
            }
            accept(r, best);
            i = best.last() + 1;
            if (best.type() == Found.Type.ORGAN || best.type() == Found.Type.OFFICIAL) {
                i = organs.coordinatedOrgans(r, best, i);
            }
        }
        return r.found;
    }

    /**
     * "the West Bank": a name read from an English article ("the West") gives way to a longer one that starts
     * on the word after the article and runs past it ("West Bank").
     */
    private boolean crossedAfterArticle(Reading r, int i, Found best) {
        if (best.last() == i || !r.tokens.get(i).normalized().equals("the")) {
            return false;
        }
        for (Found option : options(r, i + 1)) {
            if (option != null && option.last() > best.last()) {
                return true;
            }
        }
        return false;
    }

    /** The most words a dateline's place may have before the agency: "دبي، الإمارات العربية المتحدة". */
    private static final int DATELINE_WORDS = 6;

    /**
     * Where a dateline opening the sentence ends: places and commas, the agency in parentheses, then a dash ("بغداد،
     * العراق (CNN)--", "الأمم المتحدة (رويترز) -"). It tells where the story was filed and by whom; the state it names
     * is not what the sentence is about, and the officials after it are not that state's. 0 when there is none.
     */
    static int datelineEnd(List<org.tahaluf.core.Token> tokens) {
        int open = -1;
        int words = 0;
        for (int k = 0; k < tokens.size() && open < 0; k++) {
            String s = tokens.get(k).surface();
            if (s.equals("(")) {
                open = k;
            } else if (tokens.get(k).punctuation() && !s.equals("،") && !s.equals(",") || ++words > DATELINE_WORDS) {
                return 0;
            }
        }
        if (open < 1) {
            return 0;
        }
        int close = open + 1;
        while (close < tokens.size() && close <= open + 4 && !tokens.get(close).surface().equals(")")) {
            close++;
        }
        int end = close + 1;
        while (end < tokens.size() && DASHES.contains(tokens.get(end).surface())) {
            end++;
        }
        return close <= open + 4 && close < tokens.size() && end > close + 1 ? end : 0;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "–", "—", "_", "--");

    private List<Found> options(Reading r, int i) {
        List<Found> options = new ArrayList<>(7);
        options.add(name(r, i));
        options.add(organs.organ(r, i));
        options.add(direction(r, i));
        options.add(groups.group(r, i));
        options.add(gentilic(r, i));
        options.add(coref(r, i));
        options.add(official(r, i));
        return options;
    }

    void accept(Reading r, Found f) {
        r.found.add(f);
        if (f.hasActor() && !f.isPlace()) {
            Actor a = actorOf(f.actorId(), r.unknowns);
            if (a != null) {
                r.discourse.named(a);
                if (a.kind() == ActorKind.PERSON && f.type() == Found.Type.NAME && f.last() > f.first()) {
                    // "آشتون كارتر" once named, "كارتر" alone names him for the rest of the document
                    r.unknowns.surname(r.tokens, f.first(), f.last(), a.id(), r.text);
                }
            }
        }
        if (f.isOfficial()) {
            r.discourse.official(f);
        }
    }

    Actor actorOf(String id, Unknowns unknowns) {
        Actor known = lexicon.actor(id).orElse(null);
        if (known != null) {
            return known;
        }
        Actor unknown = unknowns.get(id);
        if (unknown != null) {
            return unknown;
        }
        Place p = lexicon.place(id).orElse(null);
        return p == null ? null : placeActor(p);
    }

    /**
     * Which of a sentence's actors are persons and which intergovernmental bodies, and the state
     * each stands for (an official, an organ, a state's own person).
     */
    record Kinds(java.util.Set<String> persons, java.util.Set<String> intergovernmental,
                 java.util.Map<String, String> states, java.util.Map<String, java.util.Set<String>> affiliations) {

        boolean sameState(String a, String b) {
            String x = states.get(a);
            return x != null && x.equals(states.get(b));
        }

        /** True when facts.tsv says the person leads or belongs to the body ("نصر الله", "حزب الله"). */
        boolean affiliated(String person, String body) {
            return affiliations.getOrDefault(person, java.util.Set.of()).contains(body);
        }
    }

    Kinds kinds(List<Found> found, Unknowns unknowns) {
        java.util.Set<String> persons = new java.util.HashSet<>();
        java.util.Set<String> igos = new java.util.HashSet<>();
        java.util.Map<String, String> states = new java.util.HashMap<>();
        for (Found f : found) {
            if (f.hasActor()) {
                Actor a = actorOf(f.actorId(), unknowns);
                if (a != null && a.stateId() != null) {
                    states.put(a.id(), a.stateId());
                }
                if (a != null && a.kind() == ActorKind.PERSON) {
                    persons.add(a.id());
                } else if (a != null && a.sector() == Sector.IGO) {
                    igos.add(a.id());
                }
            }
        }
        return new Kinds(persons, igos, states, affiliations);
    }

    static Actor placeActor(Place p) {
        return new Actor(p.id(), p.nameEn(), p.nameAr(), ActorKind.LOCATION, p.country(), null, p.wikidata(), true);
    }

    // ---- dictionary names ------------------------------------------------------------------

    Found name(Reading r, int i) {
        Match<Lexicon.NameRef> longest = r.names.longest(i);
        if (longest == null) {
            return null;
        }
        List<Lexicon.NameRef> refs = new ArrayList<>();
        for (Match<Lexicon.NameRef> m : r.names.at(i)) {
            if (m.last() == longest.last()) {
                refs.add(m.value());
            }
        }
        Lexicon.NameRef chosen = choose(r, i, refs, longest.proclitics());
        return r.found(i, longest.last(), longest.start(), chosen.id(),
                chosen.place() ? Found.Type.PLACE : Found.Type.NAME);
    }

    /**
     * Among names sharing a surface: a place after a locative preposition ("في دمشق"), the
     * government otherwise ("دمشق" as a metonym); among actors, the one already named.
     */
    private Lexicon.NameRef choose(Reading r, int i, List<Lexicon.NameRef> refs, String proclitics) {
        if (refs.size() == 1) {
            return refs.get(0);
        }
        boolean locative = proclitics.endsWith("ب") || isLocative(r, i);
        Lexicon.NameRef place = null;
        Lexicon.NameRef actor = null;
        for (Lexicon.NameRef ref : refs) {
            if (ref.place()) {
                place = place == null ? ref : place;
            } else if (actor == null || r.discourse.wasNamed(ref.id()) && !r.discourse.wasNamed(actor.id())) {
                actor = ref;
            }
        }
        if (place != null && (locative || actor == null)) {
            return place;
        }
        return actor;
    }

    private boolean isLocative(Reading r, int i) {
        Match<Cue> before = null;
        for (int k = Math.max(0, i - 2); k < i; k++) {
            Match<Cue> c = r.cues.at(k, "location");
            if (c != null && c.last() == i - 1 && c.value().value().equals("in")) {
                before = c;
            }
        }
        return before != null;
    }

    // ---- places -------------------------------------------------------------------------------

    /** "شمال غربي سوريا", "ريف دير الزور", "northwest Syria": part of a known place. */
    private Found direction(Reading r, int i) {
        Match<Cue> d = r.cues.at(i, "location");
        if (d == null || d.value().value().equals("in")) {
            return null;
        }
        Match<Lexicon.NameRef> n = r.names.longest(d.last() + 1);
        if (n == null) {
            return null;
        }
        String baseId = n.value().id();
        Place base = lexicon.place(baseId).orElse(null);
        if (base == null) {
            return null;
        }
        String dir = d.value().value();
        String id = baseId + "-" + dir.toUpperCase(Locale.ROOT);
        if (lexicon.place(id).isEmpty() && r.unknowns.get(id) == null) {
            String en = dir.equals("countryside") ? base.nameEn() + " countryside" : dir + " " + base.nameEn();
            String ar = r.text.substring(d.start(), r.tokens.get(n.last()).end());
            r.unknowns.add(new Actor(id, en, ar, ActorKind.LOCATION, base.country(), null, null, false));
        }
        return r.found(i, n.last(), d.start(), id, Found.Type.PLACE);
    }

    // ---- groups, gentilics, coreference ---------------------------------------------------------

    /**
     * A gentilic standing alone names its people or state: plurals always ("العراقيون"), singular
     * adjectives only for states ("الجهد الأميركي"), since "العربية" or "الشيعية" rarely name an actor.
     */
    Found gentilic(Reading r, int i) {
        Match<Lexicon.GentilicForm> g = r.gentilics.longest(i);
        if (g == null) {
            return null;
        }
        Actor owner = actorOf(g.value().actorId(), r.unknowns);
        if (owner == null || !g.value().plural() && owner.kind() != ActorKind.STATE) {
            return null;
        }
        return r.found(i, g.last(), g.start(), owner.id(), g.value().plural() ? Found.Type.PEOPLE : Found.Type.GENTILIC);
    }

    private Found coref(Reading r, int i) {
        Match<Cue> c = r.cues.at(i, "coref");
        if (c == null) {
            return null;
        }
        String value = c.value().value();
        Actor antecedent;
        if (value.equals("speaker_country")) {
            antecedent = speakerCountry(r);
        } else if (value.equals("last")) {
            antecedent = r.discourse.last(a -> a.kind() != ActorKind.LOCATION);
        } else {
            antecedent = null;
            for (String constraint : value.split("\\|")) {
                antecedent = r.discourse.last(a -> satisfies(a, constraint));
                if (antecedent != null) {
                    break;
                }
            }
        }
        if (antecedent == null) {
            return null;
        }
        return r.found(i, c.last(), c.start(), antecedent.id(), Found.Type.COREF);
    }

    /**
     * A coreference constraint: {@code sector:INS}, {@code kind:armed_group}, or {@code head:مجلس}, an actor whose Arabic
     * name begins with that noun ("المجلس" after "مجلس الأمن القومي التركي", "الوزارة" after "وزارة الخارجية السورية").
     */
    private static boolean satisfies(Actor a, String constraint) {
        if (constraint.startsWith("head:")) {
            String head = constraint.substring("head:".length());
            String name = a.nameAr() == null ? "" : a.nameAr().strip();
            return name.equals(head) || name.startsWith(head + " ");
        }
        if (constraint.startsWith("sector:")) {
            return a.sector() == Sector.fromCode(constraint.substring("sector:".length()));
        }
        return a.kind().code().equals(constraint.substring("kind:".length()));
    }

    /** "بلاده" after "أكد مسؤول أميركي أن": the country of the sentence's official, else of the last speaker. */
    private Actor speakerCountry(Reading r) {
        for (int k = r.found.size() - 1; k >= 0; k--) {
            Found f = r.found.get(k);
            if (f.isOfficial() && f.hasActor()) {
                return stateOf(f.actorId(), r.unknowns);
            }
        }
        String last = r.discourse.lastSpeaker();
        return last == null ? null : stateOf(last, r.unknowns);
    }

    private Actor stateOf(String actorId, Unknowns unknowns) {
        Actor a = actorOf(actorId, unknowns);
        if (a == null) {
            return null;
        }
        String state = a.stateId();
        return state == null ? null : lexicon.actor(state).orElse(null);
    }

    /**
     * An official with no country Organs could read: the body a preposition or construct after the post names, past an
     * adjective or two ("مسؤول كبير في حزب الله"، "مصادر بالجيش العراقي"، "مسؤولي وزارة الخارجية التركية"); else the government of the state the sentence is about ("تعمل واشنطن …، وأوضح أحد المسؤولين" → the US
     * government), never a state behind a preposition ("عقوبات على"); else the body of the last official named ("المصدر"،
     * "أحد المسؤولين" after "مسؤول أميركي"), except for an indefinite plural ("وذكر مسؤولون"، "ويقول دبلوماسيون"): it
     * introduces new people, so with neither the mention has no actor.
     * A body noun alone ("النظام", "الحكومة") is left unresolved: which state it means is too often
     * not the last one named.
     */
    private Found official(Reading r, int i) {
        Match<Lexicon.OrganForm> o = r.organs.longest(i, f -> f.organ().role() == Organ.Role.OFFICIAL);
        if (o == null || isResponsibleFor(r, o.last())) {
            return null;
        }
        Organ post = o.value().organ();
        Found named = bodyAfter(r, i, o.last() + 1, o.start(), post);
        if (named != null) {
            return named;
        }
        String body = personsBody(r, o.last() + 1, post);
        if (body == null) {
            body = sentenceStateBody(r, post);
        }
        if (body == null && r.discourse.lastOfficial() != null && !isBarePlural(r.tokens.get(o.first()))) {
            body = r.discourse.lastOfficial().actorId();
        }
        return r.found(i, o.last(), o.start(), body, Found.Type.TITLE);
    }

    /** How many adjectives may stand between a post and the preposition naming its body: "مسؤول كبير سابق في". */
    private static final int POST_ADJECTIVES = 2;

    /**
     * The official's mention running to the body named right after the post: in construct ("مسؤولي وزارة الخارجية
     * التركية"، "مصادر CNN") or, past up to two adjectives, behind في، من، باسم or ب ("مسؤول كبير في حزب الله"، "قادة كبار
     * في الحرس الثوري"، "مصادر بالجيش العراقي"، "ووفد مقبول من الحكومة السورية"). A body of a state gives that
     * state's organ of the official's sector; a place gives its country's and is left out of the mention. Null when no
     * body stands there.
     */
    private Found bodyAfter(Reading r, int i, int next, int start, Organ post) {
        int k = next;
        while (k < r.tokens.size() && k < next + POST_ADJECTIVES && isPlainWord(r, k)) {
            k++;
        }
        if (k >= r.tokens.size()) {
            return null;
        }
        boolean preposition = BODY_PREPOSITIONS.contains(r.tokens.get(k).normalized());
        int at = preposition && k + 1 < r.tokens.size() && isQuote(r.tokens.get(k + 1)) ? k + 2 : preposition ? k + 1 : k;
        Found body = bodyMention(r, at);
        String clitics = body == null ? "" : body.proclitics(r.tokens);
        if (body != null && !(preposition ? clitics.isEmpty() : clitics.equals("ب") || k == next && clitics.isEmpty())) {
            body = null;
        }
        String id = body == null ? null : bodyOf(body, post, r.unknowns);
        if (id == null) {
            return null;
        }
        // "مسؤول سابق في محافظة نينوى": the place stays a mention of its own, as in "مصدر عسكري في دير الزور"
        return body.isPlace() ? r.found(i, next - 1, start, id, Found.Type.OFFICIAL)
                : r.found(i, body.last(), start, id, Found.Type.OFFICIAL);
    }

    /** A word that may qualify a post: no punctuation, clitic, cue, mention or function word ("كبير"، "السابق"). */
    private boolean isPlainWord(Reading r, int k) {
        Token t = r.tokens.get(k);
        return !t.punctuation() && !t.startsWithConjunction() && !BODY_PREPOSITIONS.contains(t.normalized())
                && r.cues.at(k, "clause") == null && r.cues.at(k, "speech") == null && r.cues.at(k, "time") == null
                && r.cues.at(k, "function") == null && r.names.longest(k) == null && r.organs.longest(k) == null
                && r.gentilics.longest(k) == null && !isQuote(t);
    }

    private static final java.util.Set<String> BODY_PREPOSITIONS = java.util.Set.of("في", "من", "باسم");

    /** The longest body starting at {@code at}: a name that is no person, an organ, a described group, a place. */
    private Found bodyMention(Reading r, int at) {
        if (at >= r.tokens.size()) {
            return null;
        }
        Found best = null;
        for (Found f : new Found[] {name(r, at), organs.organ(r, at), groups.group(r, at)}) {
            if (f != null && f.hasActor() && (best == null || f.last() > best.last())) {
                best = f;
            }
        }
        if (best == null || best.type() == Found.Type.NAME && actorOf(best.actorId(), r.unknowns) != null
                && actorOf(best.actorId(), r.unknowns).kind() == ActorKind.PERSON) {
            return null;
        }
        return best;
    }

    /**
     * The actor an official of {@code body} stands for: a state's organ of the official's sector ("رئيس العراق"), a
     * place's country's, else the body itself ("مصادر بالجيش العراقي" → the Iraqi army, "مسؤول كبير في حزب الله").
     */
    private String bodyOf(Found body, Organ post, Unknowns unknowns) {
        Actor a = actorOf(body.actorId(), unknowns);
        if (a == null) {
            return null;
        }
        String state = body.isPlace() ? a.country() : a.kind() == ActorKind.STATE ? a.id() : null;
        if (state != null) {
            return lexicon.actor(state).isPresent() ? organs.organActor(state, post) : null;
        }
        return body.isPlace() ? null : a.id();
    }

    private static boolean isQuote(Token t) {
        String s = t.surface();
        return t.punctuation() && (s.equals("\"") || s.equals("«") || s.equals("“"));
    }

    /**
     * "مسؤولون"، "دبلوماسيين"، "مصادر": an indefinite plural post names a new group of people, not the officials last met
     * ("المصادر" or "مصدر أمني" in a report of one state's forces may go on with them).
     */
    private static boolean isBarePlural(Token t) {
        String w = t.forms().get(t.forms().size() - 1).text();
        return !w.startsWith("ال") && (w.endsWith("ون") || w.endsWith("ين") || BROKEN_PLURAL_POSTS.contains(w));
    }

    /** Plural posts without a sound plural ending. */
    private static final java.util.Set<String> BROKEN_PLURAL_POSTS = java.util.stream.Stream.of("مصادر", "قادة", "وفود")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "مسؤول عن", "responsible for": the adjective, not an official. */
    private static boolean isResponsibleFor(Reading r, int last) {
        if (last + 1 >= r.tokens.size()) {
            return false;
        }
        String next = r.tokens.get(last + 1).normalized();
        return next.equals("عن") || next.equals("for");
    }

    /** "رئيس الوزراء حيدر العبادي": a title before a known person stands for that person's country's organ. */
    private String personsBody(Reading r, int next, Organ official) {
        Match<Lexicon.NameRef> n = r.names.longest(next, ref -> !ref.place());
        if (n == null) {
            return null;
        }
        Actor person = actorOf(n.value().id(), r.unknowns);
        return person != null && person.kind() == ActorKind.PERSON && person.country() != null
                && lexicon.actor(person.country()).isPresent() ? organs.organActor(person.country(), official) : null;
    }

    /**
     * The organ, of the official's sector, of the first state named earlier in the sentence, or null. A state behind a
     * preposition is what the sentence is about only as its object ("فرضت الخزانة الأميركية عقوبات على رئيس …" keeps
     * the US; "ضد الحكومة التركية وضد رئيس المنطقة" gives no Turkish official).
     */
    private String sentenceStateBody(Reading r, Organ official) {
        for (Found f : r.found) {
            if (f.nested() || f.isPlace() || !f.hasActor() || behindPreposition(r, f)) {
                continue;
            }
            Actor a = actorOf(f.actorId(), r.unknowns);
            if (a != null && a.stateId() != null) {
                return organs.organActor(a.stateId(), official);
            }
        }
        return null;
    }

    private static boolean behindPreposition(Reading r, Found f) {
        return f.hasPrepositionClitic(r.tokens)
                || f.first() > 0 && OBJECT_PREPOSITIONS.contains(r.tokens.get(f.first() - 1).normalized());
    }

    /** Prepositions whose object is not who the sentence is about: "على"، "ضد"، "إلى". */
    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.stream.Stream.of("على", "ضد", "إلى", "عن",
                    "مع", "بين", "لدى", "حول", "تجاه", "نحو")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

}
