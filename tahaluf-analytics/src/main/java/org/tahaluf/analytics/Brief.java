package org.tahaluf.analytics;

import java.time.LocalDate;
import java.util.List;
import org.tahaluf.core.Actor;

/**
 * A concise account of a window, generated from the data: blocs, the main cooperation, conflict
 * and ambivalent dyads, moves of forces, shifts, hotspots, mediation and the strongest claims.
 * Every line cites its sources (an article and a sentence), numbered in {@link #sources};
 * {@link #actors} lists every actor named, with its id and both of its names.
 */
public record Brief(Window window, String language, int articles, int events, List<BlocLine> blocs,
                    List<DyadLine> cooperation, List<DyadLine> conflict, List<DyadLine> ambivalent,
                    List<EventLine> moves, List<ShiftLine> shifts, List<HotspotLine> hotspots,
                    List<MediationLine> mediations, List<ClaimLine> claims, List<Source> sources, List<Actor> actors) {

    /** A bloc and its members' names. */
    public record BlocLine(int bloc, List<String> members, List<String> names) {
    }

    /** A dyad with its weighted evidence and what kinds of events make it. */
    public record DyadLine(String a, String b, String nameA, String nameB, double cooperation, double conflict,
                           List<String> kinds, List<Citation> cites) {
    }

    /** One notable event: who, what, to whom, where. */
    public record EventLine(String source, String sourceName, String target, String targetName, String what,
                            String place, List<Citation> cites) {
    }

    /** A detected shift in a dyad. */
    public record ShiftLine(Shift shift, String nameA, String nameB) {
    }

    /** A hotspot with the place's and the actors' names. */
    public record HotspotLine(Hotspot hotspot, String placeName, List<String> actorNames) {
    }

    /** A mediator and the parties it mediates between. */
    public record MediationLine(String mediator, String name, List<String> parties, List<String> partyNames) {
    }

    /** A claim with its speaker and words. */
    public record ClaimLine(String speaker, String speakerName, String cue, String quote, Citation cite) {
    }

    /** A cited article, numbered in order of first citation. */
    public record Source(int number, String documentId, String title, String outlet, LocalDate published, String url) {
    }
}
