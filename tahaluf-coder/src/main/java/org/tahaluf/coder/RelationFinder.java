package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Relation;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Structural ties the text states:
 * <ul>
 *   <li>allegiance: "X الموالية لـ Y", "X, backed by Y" → X loyal_to / allied_with / part_of Y;</li>
 *   <li>leadership: "X بقيادة Y", "X led by Y" → the person Y leads X;</li>
 *   <li>mediation: "M … إزالة العقبات بين A و B" → M mediates A and B (with a mediation CONSULT event each).</li>
 * </ul>
 */
final class RelationFinder {

    private final MentionFinder mentions;

    RelationFinder(MentionFinder mentions) {
        this.mentions = mentions;
    }

    /** A mediation: the mediator and the parties, each a consult event as well as a relation. */
    record Mediation(Found mediator, List<Found> parties, Match<Cue> cue) {
    }

    List<Relation> find(Sentence sentence, List<Found> found, SentenceCues cues, Unknowns unknowns) {
        List<Relation> out = new ArrayList<>();
        for (Match<Cue> cue : cues.of("allegiance")) {
            Found left = endingBefore(found, sentence.tokens(), cue.first());
            Found right = startingAfter(found, cue.last());
            if (left != null && right != null && !left.actorId().equals(right.actorId())) {
                RelationKind kind = switch (cue.value().value()) {
                    case "backed_by" -> RelationKind.ALLIED_WITH;
                    case "part_of" -> RelationKind.PART_OF;
                    default -> RelationKind.LOYAL_TO;
                };
                out.add(new Relation(left.actorId(), right.actorId(), kind, sentence.index(),
                        new Span(left.start(), right.end())));
            }
        }
        List<Token> tokens = sentence.tokens();
        for (Found ally : found) {
            // "روسيا حليف الأسد", "Russia, an ally of Assad": the one before is allied with the one after
            if (ally.first() == 0 || ally.isPlace() || !ally.hasActor() || ally.nested()
                    || !Words.precededBy(tokens, ally.first(), WordClass.ALLY.forms(), 1)) {
                continue;
            }
            Found before = endingBefore(found, tokens, ally.first() - 1);
            if (before == null && ally.first() >= 2) {
                before = endingBefore(found, tokens, ally.first() - 2);
            }
            if (before != null && !before.actorId().equals(ally.actorId())) {
                out.add(new Relation(before.actorId(), ally.actorId(), RelationKind.ALLIED_WITH, sentence.index(),
                        new Span(before.start(), ally.end())));
            }
        }
        for (Match<Cue> cue : cues.of("leadership")) {
            Found org = endingBefore(found, sentence.tokens(), cue.first());
            Found leader = startingAfter(found, cue.last());
            if (org != null && leader != null && isPerson(leader, unknowns) && !isPerson(org, unknowns)) {
                out.add(new Relation(leader.actorId(), org.actorId(), RelationKind.LEADS, sentence.index(),
                        new Span(org.start(), leader.end())));
            }
        }
        return out;
    }

    List<Mediation> mediations(Sentence sentence, List<Found> found, SentenceCues cues, Clauses clauses,
                               List<SpeechFinder.Speech> speeches, Unknowns unknowns) {
        List<Mediation> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        Roles roles = new Roles(found, clauses, speeches, tokens, mentions.kinds(found, unknowns));
        for (Match<Cue> cue : cues.of("mediation")) {
            int between = -1;
            for (int i = cue.last() + 1; i < Math.min(tokens.size(), cue.last() + 4); i++) {
                String w = tokens.get(i).normalized();
                if (w.equals("بين") || w.equals("between")) {
                    between = i;
                    break;
                }
            }
            if (between < 0) {
                continue;
            }
            List<Found> parties = roles.after(between, tokens.size(), null, tokens);
            Found mediator = roles.before(cue.first(), List.of(), null);
            if (mediator == null) {
                mediator = roles.topic(cue.first(), null);
            }
            if (mediator != null && parties.size() >= 2) {
                out.add(new Mediation(mediator, parties, cue));
            }
        }
        return out;
    }

    private boolean isPerson(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && a.kind() == ActorKind.PERSON;
    }

    /** The named actor ending right before token {@code at}, across a comma (described groups carry their own tie). */
    private static Found endingBefore(List<Found> found, List<Token> tokens, int at) {
        int end = at - 1;
        if (end >= 0 && tokens.get(end).punctuation()) {
            end--;
        }
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.hasActor() && f.type() != Found.Type.GENTILIC
                    && f.type() != Found.Type.GROUP && f.last() == end) {
                return f;
            }
        }
        return null;
    }

    private static Found startingAfter(List<Found> found, int at) {
        for (Found f : found) {
            if (!f.isPlace() && f.hasActor() && (f.first() == at + 1 || f.first() == at + 2)) {
                return f;
            }
        }
        return null;
    }
}
