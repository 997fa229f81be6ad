package org.tahaluf.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Claim;
import org.tahaluf.core.Event;
import org.tahaluf.core.Language;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Relation;
import org.tahaluf.core.Threat;

/**
 * A reader's summary of an analysis: the actors, who did what to whom with its sign, the
 * structural ties, who said what and where threats grow, named in the article's language with
 * English glosses.
 */
final class TextSummary {

    private final Analysis a;
    private final boolean arabic;
    private final Map<String, Actor> actors = new HashMap<>();

    TextSummary(Analysis analysis) {
        this.a = analysis;
        this.arabic = analysis.document().language() == Language.AR;
        for (Actor actor : analysis.actors()) {
            actors.put(actor.id(), actor);
        }
    }

    void print(PrintWriter out) {
        String title = a.document().title() == null ? "(untitled)" : a.document().title();
        out.println("══ " + title);
        out.println("   id " + a.document().id() + " · " + a.document().language().code()
                + (a.document().published() == null ? "" : " · " + a.document().published())
                + (a.document().author() == null ? "" : " · " + a.document().author())
                + " · " + a.sentences().size() + " sentences");
        out.println();
        heading(out, "Actors", "الفاعلون");
        for (Actor actor : a.actors()) {
            List<Mention> ms = a.mentions().getOrDefault(actor.id(), List.of());
            out.printf("  %-34s %s, %s%s ×%d%n", name(actor.id()), actor.kind().code(), actor.id(),
                    actor.known() ? "" : ", not in dictionary", ms.size());
        }
        out.println();
        heading(out, "Events", "الأحداث");
        if (a.events().isEmpty()) {
            out.println("  (none)");
        }
        for (Event e : a.events()) {
            String arrow = e.sign() > 0 ? "+" : e.sign() < 0 ? "−" : "·";
            out.printf("  %s %s → %s  %s%s%s  «%s» [s%d]%s%n", arrow, name(e.source()),
                    e.target() == null ? "-" : name(e.target()), e.type(), e.mode() == null ? "" : "/" + e.mode(),
                    e.modality() == Modality.ASSERTED ? "" : " (" + e.modality().code() + ")", e.triggerText(),
                    e.sentence(), e.locationText() == null ? "" : " @ " + e.locationText());
        }
        out.println();
        heading(out, "Ties", "الروابط");
        if (a.relations().isEmpty()) {
            out.println("  (none)");
        }
        for (Relation r : a.relations()) {
            out.printf("  %s —%s→ %s [s%d]%n", name(r.source()), r.kind().code(), name(r.target()), r.sentence());
        }
        out.println();
        heading(out, "Claims", "من قال ماذا");
        if (a.claims().isEmpty()) {
            out.println("  (none)");
        }
        for (Claim c : a.claims()) {
            String who = c.speakerText() == null ? "?" : c.speakerText();
            if (c.speaker() != null) {
                who += " (" + gloss(c.speaker()) + ")";
            }
            out.printf("  %s %s: «%s»%n", who, c.cue(), shorten(c.text(), 140));
        }
        out.println();
        heading(out, "Threats", "التهديدات");
        if (a.threats().isEmpty()) {
            out.println("  (none)");
        }
        for (Threat t : a.threats()) {
            String trend = t.trend() == null ? "" : switch (t.trend()) {
                case RISING -> " ↑ rising";
                case FALLING -> " ↓ falling";
                case STABLE -> " → stable";
            };
            out.printf("  %s @ %s%s [s%d]%n", name(t.actor()), t.locationText() == null ? "-" : t.locationText(), trend,
                    t.sentence());
        }
        out.println();
        out.flush();
    }

    private void heading(PrintWriter out, String en, String ar) {
        out.println(arabic ? ar + " · " + en : en);
    }

    /** The name in the article's language, with the English gloss for Arabic. */
    private String name(String id) {
        Actor actor = actors.get(id);
        if (actor == null) {
            return id;
        }
        String en = actor.nameEn() != null ? actor.nameEn() : actor.id();
        if (!arabic) {
            return en;
        }
        return actor.nameAr() == null ? en : actor.nameEn() == null ? actor.nameAr() : actor.nameAr() + " (" + en + ")";
    }

    private String gloss(String id) {
        Actor actor = actors.get(id);
        return actor == null || actor.nameEn() == null ? id : actor.nameEn();
    }

    private static String shorten(String s, int max) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
