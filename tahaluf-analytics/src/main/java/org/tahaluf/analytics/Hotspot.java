package org.tahaluf.analytics;

import java.util.List;
import org.tahaluf.core.Trend;

/**
 * A place where violence or threats concentrate in a window: who is active there, how many violent
 * events and threat statements, the same in the previous window, the trend between the two, and
 * the trend the articles themselves state ("تصاعد نشاط داعش").
 */
public record Hotspot(String place, String placeText, List<String> actors, int violent, int threats,
                      Integer previousViolent, Integer previousThreats, Trend trend, Trend stated,
                      List<Citation> evidence) {

    public Hotspot {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
    }

    public int score() {
        return violent + threats;
    }
}
