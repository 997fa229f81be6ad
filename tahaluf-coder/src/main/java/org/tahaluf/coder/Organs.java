package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Language;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.Organ;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Organs named with their country: an organ noun and a nisba that agrees with it in case and
 * gender ("القوات العراقية", "الخارجية الأميركية", also with the noun in quotation marks: "«الخارجية» السورية"), an organ in construct with a country or another
 * organ ("حكومة العراق", "قوات النظام السوري"), an official of a body ("مسؤول في وزارة الدفاع
 * الأميركية", "YPG spokesman"), and in English a gentilic or a possessive before the organ
 * ("Iraqi forces", "Iraq's army", "the government of Iraq").
 */
final class Organs {

    private final MentionFinder mentions;
    private final Lexicon lexicon;

    Organs(MentionFinder mentions, Lexicon lexicon) {
        this.mentions = mentions;
        this.lexicon = lexicon;
    }

    Found organ(Reading r, int i) {
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
        int next = afterQuotedOrgan(r, i, o.last() + 1);
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
            // "ناطق باسم "لواء الإسلام"": the body may stand in quotation marks
            int at = next + 1 < r.tokens.size() && isQuote(r.tokens.get(next + 1)) ? next + 2 : next + 1;
            Found body = bodyAt(r, at);
            if (body != null) {
                return r.found(i, body.last(), o.start(), body.actorId(), Found.Type.OFFICIAL);
            }
            String country = r.tokens.get(next).normalized().equals("في") ? countryOfPlaceAt(r, next + 1) : null;
            if (country != null) {
                // "مصدر عسكري في دير الزور": an official placed in a country, with no other allegiance named, is that country's
                return r.found(i, o.last(), o.start(), organActor(country, organ), role(organ));
            }
            return null;
        }
        Found owner = bodyAt(r, next);
        if (owner != null && organ.role() == Organ.Role.OFFICIAL && toldTo(r, owner)) {
            // "وقال المصدر لوكالة فرانس برس": the medium after ل was told, the official is not its own
            owner = null;
        }
        if (owner != null && !r.tokens.get(next).startsWithConjunction()) {
            Actor a = mentions.actorOf(owner.actorId(), r.unknowns);
            String state = a == null ? null : a.stateId();
            if (state == null && a != null && a.kind() == ActorKind.POPULATION) {
                state = a.id();
            }
            if (state != null) {
                return r.found(i, owner.last(), o.start(), organActor(state, organ), role(organ));
            }
            if (organ.role() == Organ.Role.OFFICIAL) {
                // "قادة حركة حماس": the officials of a body that is no state speak and act for it
                return r.found(i, owner.last(), o.start(), owner.actorId(), Found.Type.OFFICIAL);
            }
        }
        if (owner == null && organ.role() != Organ.Role.OFFICIAL && !r.tokens.get(next).startsWithConjunction()
                && r.cues.at(i, "leadership") == null) {
            // "حكومة بشار الأسد", "نظام الرئيس بشار الأسد", "إدارة ترامب": the body of a leader is their state's
            // ("برئاسة محمد شياع السوداني" names who leads, a leadership cue)
            int at = next < r.tokens.size() && r.cues.at(next, "title") != null ? r.cues.at(next, "title").last() + 1 : next;
            Found leader = at < r.tokens.size() ? mentions.name(r, at) : null;
            Actor a = leader == null ? null : mentions.actorOf(leader.actorId(), r.unknowns);
            if (a != null && a.kind() == ActorKind.PERSON && a.country() != null && a.sector() == org.tahaluf.core.Sector.GOV
                    && lexicon.actor(a.country()).isPresent()) {
                return r.found(i, leader.last(), o.start(), organActor(a.country(), organ), role(organ));
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
        Found name = mentions.name(r, i);
        if (name != null && !name.isPlace()) {
            Actor a = mentions.actorOf(name.actorId(), r.unknowns);
            if (a != null && a.kind() != ActorKind.PERSON && (organ == null || name.last() >= organ.last())) {
                return name;
            }
        }
        return organ != null && organ.actorId() != null ? organ : null;
    }

    /** A medium with ل on it ("لوكالة الأنباء الألمانية", "لـCNN"): the one an official spoke to. */
    private boolean toldTo(Reading r, Found owner) {
        Actor a = mentions.actorOf(owner.actorId(), r.unknowns);
        return a != null && a.sector() == org.tahaluf.core.Sector.MED && owner.proclitics(r.tokens).endsWith("ل");
    }

    /** The state a gazetteer place at token i lies in, or null. */
    private String countryOfPlaceAt(Reading r, int i) {
        if (i >= r.tokens.size()) {
            return null;
        }
        Found name = mentions.name(r, i);
        if (name == null || !name.isPlace()) {
            return null;
        }
        return lexicon.place(name.actorId()).map(org.tahaluf.lexicon.Place::country)
                .filter(c -> lexicon.actor(c).isPresent()).orElse(null);
    }

    /**
     * "وقالت «الخارجية» السورية"، "وزارة "الدفاع" التركية": an organ noun set in quotation marks is still followed by its
     * nisba; the token after the closing mark, or {@code next} when the organ is not quoted.
     */
    private static int afterQuotedOrgan(Reading r, int i, int next) {
        boolean opened = i > 0 && isQuote(r.tokens.get(i - 1));
        boolean closed = next + 1 < r.tokens.size() && isClosingQuote(r.tokens.get(next));
        return opened && closed ? next + 1 : next;
    }

    private static boolean isClosingQuote(Token t) {
        String s = t.surface();
        return t.punctuation() && (s.equals("\"") || s.equals("»") || s.equals("”"));
    }

    private static boolean isQuote(Token t) {
        String s = t.surface();
        return t.punctuation() && (s.equals("\"") || s.equals("«") || s.equals("“"));
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
        ByStart<Lexicon.GentilicForm> forms = ending == Lexicon.CaseEnding.ACCUSATIVE ? r.accusativeGentilics : r.gentilics;
        Match<Lexicon.GentilicForm> g = forms.longest(i, v -> v.ending().agreesWith(ending));
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
                Actor body = mentions.actorOf(n.value().id(), r.unknowns);
                String id = body.kind() == ActorKind.STATE ? organActor(body.id(), spokesman.value().organ()) : body.id();
                return r.found(i, spokesman.last(), n.start(), id, Found.Type.OFFICIAL);
            }
            if (n == null || !r.tokens.get(n.last()).enclitic().equals("'s")) {
                return ofCountry(r, i);
            }
            Actor a = mentions.actorOf(n.value().id(), r.unknowns);
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
        Actor a = mentions.actorOf(n.value().id(), r.unknowns);
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
    String organActor(String owner, Organ organ) {
        if (organ.sector() == null) {
            return owner;
        }
        String id = owner + organ.idSuffix();
        return lexicon.actor(id).isPresent() ? id : owner;
    }

    /** "القوات العراقية والسورية والكردية": each further gentilic after و names the same organ of another country. */
    int coordinatedOrgans(Reading r, Found head, int i) {
        Match<Lexicon.OrganForm> organ = r.organs.longest(head.first());
        int at = i;
        while (organ != null && at < r.tokens.size()) {
            Match<Lexicon.GentilicForm> g = r.gentilics.longest(at, v -> true);
            if (g == null || g.last() != at || !g.proclitics().startsWith("و")) {
                break;
            }
            Found f = r.found(at, at, g.start(), organActor(g.value().actorId(), organ.value().organ()), head.type());
            mentions.accept(r, f);
            at++;
        }
        return at;
    }
}
