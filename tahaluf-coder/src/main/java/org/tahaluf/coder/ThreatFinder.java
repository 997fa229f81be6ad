package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Threat;
import org.tahaluf.core.Trend;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Threats: an armed group's danger or activity ("خطر", "نشاط", "cells") near its name, tied to
 * the sentence's place, with the trend a nearby word gives ("تصاعد", "resurgence"). A conflict
 * event by an armed group with a place and no target is a threat too.
 */
final class ThreatFinder {

    private static final int NEAR = 3;
    /** How far from a threat word or an attack the state it is placed in may stand. */
    private static final int STATE_REACH = 6;

    private final MentionFinder mentions;

    ThreatFinder(MentionFinder mentions) {
        this.mentions = mentions;
    }

    List<Threat> find(Sentence sentence, List<Found> found, SentenceCues cues, List<EventFinder.Coded> events,
                      Unknowns unknowns) {
        List<Threat> out = new ArrayList<>();
        for (Match<Cue> cue : cues.of("threat")) {
            Trend trend = trendNear(cues, cue);
            Found actor = armedNear(found, cue, unknowns, sentence.tokens(), trend != null);
            if (actor == null) {
                continue;
            }
            Found place = placeNear(found, cue.last(), sentence.tokens(), unknowns);
            add(out, new Threat(actor.actorId(), place == null ? null : place.actorId(),
                    place == null ? null : place.text(), trend, sentence.index(), sentence.text()));
        }
        for (EventFinder.Coded e : events) {
            if (e.pattern().sign() >= 0) {
                continue;
            }
            // an armed group attacking somewhere, or attacked somewhere, is present there
            Found armed = isArmedGroup(e.source(), unknowns) ? e.source()
                    : e.target() != null && isArmedGroup(e.target(), unknowns) ? e.target() : null;
            Found place = armed == null ? null : placeNear(found, e.trigger().last(), sentence.tokens(), unknowns);
            if (place != null) {
                add(out, new Threat(armed.actorId(), place.actorId(), place.text(), null, sentence.index(),
                        sentence.text()));
            }
        }
        return out;
    }

    private static void add(List<Threat> out, Threat t) {
        for (Threat o : out) {
            if (o.actor().equals(t.actor()) && java.util.Objects.equals(o.location(), t.location())) {
                return;
            }
        }
        out.add(t);
    }

    private static final java.util.Set<String> OBJECT_WORDS = java.util.Set.of("علي", "ضد", "على", "against", "on",
            "نقاط", "مواقع", "positions");

    /** "الهجمات على نقاط قسد": the group after على / against is attacked, not the threat. */
    private static boolean isObject(Found f, List<org.tahaluf.core.Token> tokens) {
        return Words.precededBy(tokens, f.first(), OBJECT_WORDS, 2);
    }

    /**
     * The armed group a threat word is about, within a few words of it; with a trend ("تزايد
     * النفوذ الإيراني"), a state's growing influence or presence counts too.
     */
    private Found armedNear(List<Found> found, Match<Cue> cue, Unknowns unknowns, List<org.tahaluf.core.Token> tokens,
                            boolean trending) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Found f : found) {
            if (f.nested() || f.isPlace() || !f.hasActor() || isObject(f, tokens)
                    || !(isArmedGroup(f, unknowns) || trending && isState(f, unknowns) && !placedIn(f, tokens))) {
                continue;
            }
            int distance = f.first() > cue.last() ? f.first() - cue.last() : cue.first() - f.last();
            if (distance > 0 && distance <= NEAR && distance < bestDistance) {
                best = f;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "ينشطون في العراق": a state after a locative is where the threat is, not whose it is. */
    private static boolean placedIn(Found f, List<org.tahaluf.core.Token> tokens) {
        return Words.precededBy(tokens, f.first(), Roles.LOCATIVES, 1);
    }

    private boolean isState(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && a.stateId() != null && a.kind() != ActorKind.PERSON;
    }

    private boolean isCountry(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && a.kind() == ActorKind.STATE;
    }

    private boolean isArmedGroup(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && (a.kind() == ActorKind.ARMED_GROUP || a.sector() == Sector.INS || a.sector() == Sector.REB
                || a.sector() == Sector.MILITIA);
    }

    /**
     * The place nearest to token {@code at}, after it preferred: a place of the gazetteer, else a state a
     * locative right by puts the threat in ("موجودون في العراق", "active in Syria"; not the state a
     * person lives in further on: "الباحث المقيم في فرنسا").
     */
    private Found placeNear(List<Found> found, int at, List<org.tahaluf.core.Token> tokens, Unknowns unknowns) {
        Found place = nearest(found, at, Found::isPlace);
        return place != null ? place : nearest(found, at, f -> !f.nested() && f.hasActor()
                && Math.abs(f.first() - at) <= STATE_REACH && isCountry(f, unknowns) && placedIn(f, tokens));
    }

    private static Found nearest(List<Found> found, int at, java.util.function.Predicate<Found> kind) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Found f : found) {
            if (!kind.test(f)) {
                continue;
            }
            int distance = f.first() > at ? f.first() - at : 2 * (at - f.last());
            if (distance < bestDistance) {
                best = f;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Trend trendNear(SentenceCues cues, Match<Cue> threat) {
        for (Match<Cue> c : cues.of("trend")) {
            boolean before = c.last() < threat.first() && threat.first() - c.last() <= NEAR;
            boolean after = c.first() > threat.last() && c.first() - threat.last() <= 2;
            if (before || after) {
                return Trend.fromCode(c.value().value());
            }
        }
        return null;
    }
}
