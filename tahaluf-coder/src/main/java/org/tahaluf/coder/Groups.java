package org.tahaluf.coder;

import java.util.Locale;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Language;
import org.tahaluf.core.Relation;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Sector;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Groups named by description, each an actor of its own tied to its patron: "الميليشيات الموالية
 * لإيران" (IRN_ALIGNED_MILITIAS, loyal_to IRN), "الميليشيات الشيعية", "Iran-backed militias",
 * "Turkish-backed Syrian rebels"; a description in apposition to a named group is that group.
 */
final class Groups {

    private final MentionFinder mentions;
    private final Organs organs;
    private final Lexicon lexicon;

    Groups(MentionFinder mentions, Organs organs, Lexicon lexicon) {
        this.mentions = mentions;
        this.organs = organs;
        this.lexicon = lexicon;
    }

    /**
     * Armed groups named by description are actors of their own: "الميليشيات الموالية لإيران"
     * (IRN_ALIGNED_MILITIAS), "فصائل عراقية موالية لإيران" (IRQ_IRN_ALIGNED_MILITIAS), "الميليشيات
     * الشيعية" (SHIITES_MILITIAS), "Iran-backed militias", "militias loyal to Iran". A group noun alone
     * is left to coreference.
     */
    Found group(Reading r, int i) {
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
            Actor owner = mentions.actorOf(nisbaOwner, r.unknowns);
            id.append(nisbaOwner).append('_');
            en.append(lexicon.gentilic(nisbaOwner).map(g -> g.enAdjectives().isEmpty() ? owner.nameEn()
                    : g.enAdjectives().get(0)).orElse(owner.nameEn())).append(' ');
            country = owner.kind() == ActorKind.STATE ? owner.id() : owner.country();
        }
        RelationKind tie = null;
        Actor p = null;
        if (patron != null) {
            p = mentions.actorOf(patron.actorId(), r.unknowns);
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
            "alliance", "umbrella", "group", "of", "وهي", "وهو", "تحالف", "ايتلاف", "من", "تضم", "يضم");

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
            Actor a = mentions.actorOf(f.actorId(), r.unknowns);
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
        Found f = mentions.name(r, i);
        if (f == null || f.isPlace()) {
            f = organs.organ(r, i);
        }
        if (f == null) {
            f = mentions.gentilic(r, i);
        }
        return f != null && f.hasActor() && !f.isPlace() ? f : null;
    }
}
