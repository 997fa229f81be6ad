package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Language;
import org.tahaluf.core.Relation;
import org.tahaluf.core.RelationKind;
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
 */
final class MentionFinder {

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What one sentence holds, with the document's memory and the actors it builds. */
    private final class Reading {
        final Sentence sentence;
        final List<Token> tokens;
        final String text;
        final Language language;
        final ByStart<Lexicon.NameRef> names;
        final ByStart<Lexicon.OrganForm> organs;
        final ByStart<Lexicon.GentilicForm> gentilics;
        final SentenceCues cues;
        final Discourse discourse;
        final Unknowns unknowns;
        final List<Found> found = new ArrayList<>();

        Reading(Sentence sentence, String text, Language language, Lexicon.Matchers m, SentenceCues cues,
                Discourse discourse, Unknowns unknowns) {
            this.sentence = sentence;
            this.tokens = sentence.tokens();
            this.text = text;
            this.language = language;
            this.names = new ByStart<>(tokens.size(), m.names().findAll(tokens));
            this.organs = new ByStart<>(tokens.size(), m.organs().findAll(tokens));
            this.gentilics = new ByStart<>(tokens.size(), m.gentilics().findAll(tokens));
            this.cues = cues;
            this.discourse = discourse;
            this.unknowns = unknowns;
        }

        Found found(int first, int last, int start, String actorId, Found.Type type) {
            int end = tokens.get(last).end();
            return new Found(sentence.index(), first, last, start, end, text.substring(start, end), actorId, type, false);
        }
    }

    List<Found> find(Sentence sentence, String text, Language language, Lexicon.Matchers matchers, SentenceCues cues,
                     Discourse discourse, Unknowns unknowns) {
        Reading r = new Reading(sentence, text, language, matchers, cues, discourse, unknowns);
        int i = 0;
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
            if (best == null) {
                i++;
                continue;
            }
            accept(r, best);
            i = best.last() + 1;
            if (best.type() == Found.Type.ORGAN || best.type() == Found.Type.OFFICIAL) {
                i = coordinatedOrgans(r, best, i);
            }
        }
        return r.found;
    }

    private List<Found> options(Reading r, int i) {
        List<Found> options = new ArrayList<>(7);
        options.add(name(r, i));
        options.add(organ(r, i));
        options.add(direction(r, i));
        options.add(group(r, i));
        options.add(gentilic(r, i));
        options.add(coref(r, i));
        options.add(official(r, i));
        return options;
    }

    private void accept(Reading r, Found f) {
        r.found.add(f);
        if (f.hasActor() && !f.isPlace()) {
            Actor a = actorOf(f.actorId(), r.unknowns);
            if (a != null) {
                r.discourse.named(a);
                if (a.kind() == ActorKind.PERSON && f.type() == Found.Type.NAME && f.last() > f.first()) {
                    // "آشتون كارتر" once named, "كارتر" alone names him for the rest of the document
                    r.unknowns.surname(r.tokens.get(f.last()).normalized(), a.id());
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

    /** Which of a sentence's actors are persons and which intergovernmental bodies. */
    record Kinds(java.util.Set<String> persons, java.util.Set<String> intergovernmental) {
    }

    Kinds kinds(List<Found> found, Unknowns unknowns) {
        java.util.Set<String> persons = new java.util.HashSet<>();
        java.util.Set<String> igos = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.hasActor()) {
                Actor a = actorOf(f.actorId(), unknowns);
                if (a != null && a.kind() == ActorKind.PERSON) {
                    persons.add(a.id());
                } else if (a != null && a.sector() == Sector.IGO) {
                    igos.add(a.id());
                }
            }
        }
        return new Kinds(persons, igos);
    }

    static Actor placeActor(Place p) {
        return new Actor(p.id(), p.nameEn(), p.nameAr(), ActorKind.LOCATION, p.country(), null, p.wikidata(), true);
    }

    // ---- dictionary names ------------------------------------------------------------------

    private Found name(Reading r, int i) {
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

    // ---- organs -------------------------------------------------------------------------------

    private Found organ(Reading r, int i) {
        return r.language == Language.AR ? arabicOrgan(r, i) : englishOrgan(r, i);
    }

    /** "القوات العراقية", "قوات النظام السوري", "حكومة العراق", "مسؤول في وزارة الدفاع الأميركية". */
    private Found arabicOrgan(Reading r, int i) {
        Found best = null;
        List<Match<Lexicon.OrganForm>> longestFirst = new ArrayList<>(r.organs.at(i));
        longestFirst.sort((a, b) -> Integer.compare(b.last(), a.last()));
        for (Match<Lexicon.OrganForm> o : longestFirst) {
            Found f = arabicOrganFrom(r, i, o);
            if (f != null && (best == null || f.last() > best.last())) {
                best = f;
            }
        }
        return best;
    }

    private Found arabicOrganFrom(Reading r, int i, Match<Lexicon.OrganForm> o) {
        Organ organ = o.value().organ();
        int next = o.last() + 1;
        Match<Lexicon.GentilicForm> g = gentilicAfter(r, next, o.value().ending());
        if (g == null && next < r.tokens.size() && isAdjective(r, next, isDefinite(r.tokens.get(o.last())))) {
            g = gentilicAfter(r, next + 1, o.value().ending());
        }
        if (g != null && !agreesInGender(r.tokens.get(o.first()), r.tokens.get(g.last()))) {
            g = null;
        }
        if (g != null) {
            return r.found(i, g.last(), o.start(), organActor(g.value().actorId(), organ),
                    role(organ));
        }
        boolean construct = !r.tokens.get(i).forms().get(r.tokens.get(i).forms().size() - 1).text().startsWith("ال")
                || organ.role() == Organ.Role.OFFICIAL;
        if (!construct || next >= r.tokens.size()) {
            return null;
        }
        if (organ.role() == Organ.Role.OFFICIAL && isPreposition(r.tokens.get(next))) {
            Found body = bodyAt(r, next + 1);
            if (body != null) {
                return r.found(i, body.last(), o.start(), body.actorId(), Found.Type.OFFICIAL);
            }
            return null;
        }
        Found owner = bodyAt(r, next);
        if (owner != null && !r.tokens.get(next).startsWithConjunction()) {
            Actor a = actorOf(owner.actorId(), r.unknowns);
            String state = a == null ? null : a.stateId();
            if (state == null && a != null && a.kind() == ActorKind.POPULATION) {
                state = a.id();
            }
            if (state != null) {
                return r.found(i, owner.last(), o.start(), organActor(state, organ), role(organ));
            }
        }
        return null;
    }

    /** A state name or an organ of a state at token i: the owner of a construct ("قوات النظام السوري"). */
    private Found bodyAt(Reading r, int i) {
        if (i >= r.tokens.size()) {
            return null;
        }
        Found organ = arabicOrgan(r, i);
        Found name = name(r, i);
        if (name != null && !name.isPlace()) {
            Actor a = actorOf(name.actorId(), r.unknowns);
            if (a != null && a.kind() != ActorKind.PERSON && (organ == null || name.last() >= organ.last())) {
                return name;
            }
        }
        return organ != null && organ.actorId() != null ? organ : null;
    }

    private static boolean isPreposition(Token t) {
        String w = t.normalized();
        return w.equals("في") || w.equals("من") || w.equals("ب") || w.equals("لدي") || w.equals("عن")
                || w.equals("باسم") || w.equals("of") || w.equals("for") || w.equals("at");
    }

    /**
     * A word agreeing in definiteness with its noun that is neither a name, an organ nor a gentilic:
     * "الخاصة" in "القوات الخاصة الأميركية", "عسكري" in "متحدث عسكري إسرائيلي".
     */
    private boolean isAdjective(Reading r, int i, boolean definite) {
        Token t = r.tokens.get(i);
        return !t.punctuation() && isDefinite(t) == definite && r.gentilics.at(i).isEmpty()
                && r.names.at(i).isEmpty() && r.organs.at(i).isEmpty() && !t.startsWithConjunction()
                && r.cues.at(i, "function") == null;
    }

    /**
     * A feminine head ("وزارة", "القوات", "مخابرات") takes a feminine nisba ("الأميركية"): in "تقرير
     * مخابرات غربي" the masculine "غربي" qualifies the report, not the intelligence services.
     */
    private static boolean agreesInGender(Token head, Token nisba) {
        // the surface keeps taa marbuta apart from the pronoun ه ("نظيره" is "his counterpart", masculine)
        String h = stripMarks(head.surface());
        String n = nisba.forms().get(nisba.forms().size() - 1).text();
        boolean feminineHead = h.endsWith("ة") || h.endsWith("ات");
        boolean feminineNisba = n.endsWith("ه") || n.endsWith("ات");
        return !feminineHead || feminineNisba;
    }

    private static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            if (!org.tahaluf.text.Scripts.isIgnorable(s.charAt(k))) {
                b.append(s.charAt(k));
            }
        }
        return b.toString();
    }

    private static boolean isDefinite(Token t) {
        return t.forms().get(t.forms().size() - 1).text().startsWith("ال");
    }

    private Match<Lexicon.GentilicForm> gentilicAfter(Reading r, int i, Lexicon.CaseEnding ending) {
        if (i >= r.tokens.size() || r.tokens.get(i).startsWithConjunction()) {
            return null;
        }
        Match<Lexicon.GentilicForm> g = r.gentilics.longest(i, v -> v.ending().agreesWith(ending));
        if (g == null) {
            return null;
        }
        Match<Lexicon.NameRef> n = r.names.longest(i);
        return n != null && n.last() > g.last() ? null : g;
    }

    /** "Iraqi forces", "a senior U.S. military official", "the government of Iraq", "Iraq's army". */
    private Found englishOrgan(Reading r, int i) {
        Match<Lexicon.GentilicForm> g = r.gentilics.longest(i);
        String owner = null;
        int next;
        if (g != null) {
            owner = g.value().actorId();
            next = g.last() + 1;
        } else {
            Match<Lexicon.NameRef> n = r.names.longest(i, ref -> !ref.place());
            Match<Lexicon.OrganForm> spokesman = n == null ? null
                    : r.organs.longest(n.last() + 1, f -> f.organ().role() == Organ.Role.OFFICIAL);
            if (spokesman != null) {
                Actor body = actorOf(n.value().id(), r.unknowns);
                String id = body.kind() == ActorKind.STATE ? organActor(body.id(), spokesman.value().organ()) : body.id();
                return r.found(i, spokesman.last(), n.start(), id, Found.Type.OFFICIAL);
            }
            if (n == null || !r.tokens.get(n.last()).enclitic().equals("'s")) {
                return ofCountry(r, i);
            }
            Actor a = actorOf(n.value().id(), r.unknowns);
            owner = a == null ? null : a.stateId();
            next = n.last() + 1;
            g = null;
            if (owner == null) {
                return null;
            }
        }
        Match<Lexicon.OrganForm> body = r.organs.longest(next);
        if (body == null) {
            return null;
        }
        Organ organ = body.value().organ();
        int last = body.last();
        Match<Lexicon.OrganForm> official = r.organs.longest(last + 1, f -> f.organ().role() == Organ.Role.OFFICIAL);
        Found.Type type = role(organ);
        if (official != null && organ.role() == Organ.Role.BODY) {
            last = official.last();
            type = Found.Type.OFFICIAL;
        }
        int start = g != null ? g.start() : r.tokens.get(i).start();
        return r.found(i, last, start, organActor(owner, organ), type);
    }

    private Found ofCountry(Reading r, int i) {
        Match<Lexicon.OrganForm> body = r.organs.longest(i);
        if (body == null || body.last() + 2 >= r.tokens.size()
                || !r.tokens.get(body.last() + 1).normalized().equals("of")) {
            return null;
        }
        Match<Lexicon.NameRef> n = r.names.longest(body.last() + 2, ref -> !ref.place());
        if (n == null) {
            return null;
        }
        Actor a = actorOf(n.value().id(), r.unknowns);
        if (a == null || a.stateId() == null) {
            return null;
        }
        return r.found(i, n.last(), body.start(), organActor(a.stateId(), body.value().organ()),
                role(body.value().organ()));
    }

    private static Found.Type role(Organ organ) {
        return organ.role() == Organ.Role.OFFICIAL ? Found.Type.OFFICIAL : Found.Type.ORGAN;
    }

    /** The organ actor of an owner: IRQ + forces → IRQ_MIL; the state itself for "الدولة". */
    private String organActor(String owner, Organ organ) {
        if (organ.sector() == null) {
            return owner;
        }
        String id = owner + organ.idSuffix();
        return lexicon.actor(id).isPresent() ? id : owner;
    }

    /** "القوات العراقية والسورية والكردية": each further gentilic after و names the same organ of another country. */
    private int coordinatedOrgans(Reading r, Found head, int i) {
        Match<Lexicon.OrganForm> organ = r.organs.longest(head.first());
        int at = i;
        while (organ != null && at < r.tokens.size()) {
            Match<Lexicon.GentilicForm> g = r.gentilics.longest(at, v -> true);
            if (g == null || g.last() != at || !g.proclitics().startsWith("و")) {
                break;
            }
            Found f = r.found(at, at, g.start(), organActor(g.value().actorId(), organ.value().organ()), head.type());
            accept(r, f);
            at++;
        }
        return at;
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
     * Armed groups named by description are actors of their own: "الميليشيات الموالية لإيران"
     * (IRN_ALIGNED_MILITIAS), "فصائل عراقية موالية لإيران" (IRQ_IRN_ALIGNED_MILITIAS), "الميليشيات
     * الشيعية" (SHIITES_MILITIAS), "Iran-backed militias", "militias loyal to Iran". A group noun alone
     * is left to coreference.
     */
    private Found group(Reading r, int i) {
        return r.language == Language.AR ? arabicGroup(r, i) : englishGroup(r, i);
    }

    private Found arabicGroup(Reading r, int i) {
        Match<Cue> noun = r.cues.at(i, "group");
        if (noun == null) {
            return null;
        }
        int at = noun.last() + 1;
        Match<Lexicon.GentilicForm> nisba = at < r.tokens.size() && !r.tokens.get(at).startsWithConjunction()
                ? r.gentilics.longest(at) : null;
        if (nisba != null) {
            at = nisba.last() + 1;
        }
        Match<Cue> allegiance = r.cues.at(at, "allegiance");
        Found patron = allegiance == null ? null : patronAt(r, allegiance.last() + 1);
        if (patron == null && nisba == null) {
            return null;
        }
        int last = patron != null ? patron.last() : nisba.last();
        String ar = r.text.substring(noun.start(), r.tokens.get(last).end());
        return describedGroup(r, i, last, noun.start(), noun.value().value(),
                nisba == null ? null : nisba.value().actorId(), patron, allegiance, ar);
    }

    /** "Iran-backed militias", "Shiite militias", "militias loyal to Iran". */
    private Found englishGroup(Reading r, int i) {
        Match<Cue> noun = r.cues.at(i, "group");
        if (noun != null) {
            Match<Cue> allegiance = r.cues.at(noun.last() + 1, "allegiance");
            Found patron = allegiance == null ? null : patronAt(r, allegiance.last() + 1);
            if (patron == null) {
                return null;
            }
            String text = r.text.substring(noun.start(), r.tokens.get(patron.last()).end());
            return describedGroup(r, i, patron.last(), noun.start(), noun.value().value(), null, patron, allegiance, text);
        }
        Found patron = patronAt(r, i);
        Match<Lexicon.GentilicForm> nisba = r.gentilics.longest(i);
        int at = patron != null ? patron.last() + 1 : nisba != null ? nisba.last() + 1 : -1;
        if (at < 0) {
            return null;
        }
        Match<Cue> allegiance = r.cues.at(at, "allegiance");
        if (allegiance != null && patron != null) {
            // "Iran-backed militias", "Turkish-backed Syrian rebels"
            int after = allegiance.last() + 1;
            Match<Lexicon.GentilicForm> own = r.gentilics.longest(after);
            Match<Cue> n = r.cues.at(own != null ? own.last() + 1 : after, "group");
            if (n == null && own != null) {
                own = null;
                n = r.cues.at(after, "group");
            }
            if (n != null) {
                String text = r.text.substring(patron.start(), r.tokens.get(n.last()).end());
                return describedGroup(r, i, n.last(), patron.start(), n.value().value(),
                        own == null ? null : own.value().actorId(), patron, allegiance, text);
            }
        }
        Match<Cue> n = nisba == null ? null : r.cues.at(nisba.last() + 1, "group");
        if (n == null) {
            return null;
        }
        String text = r.text.substring(nisba.start(), r.tokens.get(n.last()).end());
        return describedGroup(r, i, n.last(), nisba.start(), n.value().value(), nisba.value().actorId(), null, null, text);
    }

    /** Builds (once per document) the actor of a described group and the mention of it; the patron stays a nested mention. */
    private Found describedGroup(Reading r, int first, int last, int start, String plural, String nisbaOwner,
                                 Found patron, Match<Cue> allegiance, String surface) {
        StringBuilder id = new StringBuilder();
        StringBuilder en = new StringBuilder();
        String country = null;
        if (nisbaOwner != null) {
            Actor owner = actorOf(nisbaOwner, r.unknowns);
            id.append(nisbaOwner).append('_');
            en.append(lexicon.gentilic(nisbaOwner).map(g -> g.enAdjectives().isEmpty() ? owner.nameEn()
                    : g.enAdjectives().get(0)).orElse(owner.nameEn())).append(' ');
            country = owner.kind() == ActorKind.STATE ? owner.id() : owner.country();
        }
        RelationKind tie = null;
        Actor p = null;
        if (patron != null) {
            p = actorOf(patron.actorId(), r.unknowns);
            tie = switch (allegiance.value().value()) {
                case "backed_by" -> RelationKind.ALLIED_WITH;
                case "part_of" -> RelationKind.PART_OF;
                default -> RelationKind.LOYAL_TO;
            };
            String patronName = p.kind() == ActorKind.STATE || p.stateId() == null ? p.nameEn()
                    : lexicon.actor(p.stateId()).map(Actor::nameEn).orElse(p.nameEn());
            id.append(p.stateId() != null ? p.stateId() : p.id()).append('_').append(switch (tie) {
                case ALLIED_WITH -> "BACKED";
                case PART_OF -> "AFFILIATED";
                default -> "ALIGNED";
            }).append('_');
            en.append(switch (tie) {
                case ALLIED_WITH -> patronName + "-backed ";
                case PART_OF -> "";
                default -> patronName + "-aligned ";
            });
        }
        id.append(plural.toUpperCase(Locale.ROOT));
        en.append(plural);
        if (tie == RelationKind.PART_OF) {
            en.append(" affiliated with ").append(p.nameEn());
        }
        Sector sector = switch (plural) {
            case "rebels" -> Sector.REB;
            case "opposition" -> Sector.OPP;
            case "parties" -> Sector.PTY;
            default -> Sector.MILITIA;
        };
        ActorKind kind = sector == Sector.OPP || sector == Sector.PTY ? ActorKind.POLITICAL_GROUP : ActorKind.ARMED_GROUP;
        Found named = appositionOf(r, first);
        if (named != null) {
            // "the SDF, a coalition of militias backed by the United States": the description is the SDF
            id.setLength(0);
            id.append(named.actorId());
        } else {
            r.unknowns.add(new Actor(id.toString(), capitalize(en.toString().strip()), surface, kind, country, sector,
                    null, false));
        }
        if (patron != null) {
            r.found.add(new Found(patron.sentence(), patron.first(), patron.last(), patron.start(), patron.end(),
                    patron.text(), patron.actorId(), patron.type(), true));
            r.unknowns.tie(new Relation(id.toString(), patron.actorId(), tie, r.sentence.index(),
                    new org.tahaluf.core.Span(Math.min(start, patron.start()), Math.max(patron.end(),
                            r.tokens.get(last).end()))));
        }
        return r.found(first, last, start, id.toString(), Found.Type.GROUP);
    }

    /** The only words that may stand between a name's comma and a description of it. */
    private static final java.util.Set<String> APPOSITION_WORDS = java.util.Set.of("a", "an", "the", "coalition",
            "alliance", "umbrella", "group", "of", "وهي", "وهو", "تحالف", "ائتلاف", "من", "تضم", "يضم");

    /**
     * The named group a description stands in apposition to: a dictionary name, a comma or bracket,
     * then at most three words ("، وهي تحالف من", ", a coalition of") before the description.
     */
    private Found appositionOf(Reading r, int first) {
        for (int k = r.found.size() - 1; k >= 0; k--) {
            Found f = r.found.get(k);
            if (f.nested() || f.first() >= first) {
                continue;
            }
            if (f.type() != Found.Type.NAME || f.isPlace() || first - f.last() > 6) {
                return null;
            }
            Actor a = actorOf(f.actorId(), r.unknowns);
            if (a == null || a.kind() != ActorKind.ARMED_GROUP && a.kind() != ActorKind.POLITICAL_GROUP) {
                return null;
            }
            boolean comma = false;
            for (int t = f.last() + 1; t < first; t++) {
                String w = r.tokens.get(t).surface();
                if (w.equals(",") || w.equals("،") || w.equals(")") || w.equals("(")) {
                    comma = true;
                } else if (!comma || !APPOSITION_WORDS.contains(r.tokens.get(t).normalized())) {
                    return null;
                }
            }
            return comma ? f : null;
        }
        return null;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Found patronAt(Reading r, int i) {
        if (i < r.tokens.size() && r.language == Language.EN && r.tokens.get(i).normalized().equals("the")) {
            i++;
        }
        if (i >= r.tokens.size()) {
            return null;
        }
        Found f = name(r, i);
        if (f == null || f.isPlace()) {
            f = organ(r, i);
        }
        if (f == null) {
            f = gentilic(r, i);
        }
        return f != null && f.hasActor() && !f.isPlace() ? f : null;
    }

    /**
     * A gentilic standing alone names its people or state: plurals always ("العراقيون"), singular
     * adjectives only for states ("الجهد الأميركي"), since "العربية" or "الشيعية" rarely name an actor.
     */
    private Found gentilic(Reading r, int i) {
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

    /** A coreference constraint: {@code sector:INS} or {@code kind:armed_group}. */
    private static boolean satisfies(Actor a, String constraint) {
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
     * An official with no country stands for the government of the state the sentence is about
     * ("تعمل واشنطن …، وأوضح أحد المسؤولين" → the US government), else for the body of the last
     * official named ("أحد المسؤولين" after "مسؤول أميركي"); with neither, the mention has no actor.
     * A body noun alone ("النظام", "الحكومة") is left unresolved: which state it means is too often
     * not the last one named.
     */
    private Found official(Reading r, int i) {
        Match<Lexicon.OrganForm> o = r.organs.longest(i, f -> f.organ().role() == Organ.Role.OFFICIAL);
        if (o != null && isResponsibleFor(r, o.last())) {
            return null;
        }
        if (o != null) {
            String body = personsBody(r, o.last() + 1, o.value().organ());
            if (body == null) {
                body = sentenceStateBody(r, o.value().organ());
            }
            if (body == null && r.discourse.lastOfficial() != null) {
                body = r.discourse.lastOfficial().actorId();
            }
            return r.found(i, o.last(), o.start(), body, Found.Type.TITLE);
        }
        return null;
    }

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
                && lexicon.actor(person.country()).isPresent() ? organActor(person.country(), official) : null;
    }

    /** The organ, of the official's sector, of the first state named earlier in the sentence; or null. */
    private String sentenceStateBody(Reading r, Organ official) {
        for (Found f : r.found) {
            if (f.nested() || f.isPlace() || !f.hasActor()) {
                continue;
            }
            Actor a = actorOf(f.actorId(), r.unknowns);
            if (a != null && a.stateId() != null) {
                return organActor(a.stateId(), official);
            }
        }
        return null;
    }

}
