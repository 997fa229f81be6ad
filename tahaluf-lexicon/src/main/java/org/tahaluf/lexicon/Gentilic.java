package org.tahaluf.lexicon;

import java.util.List;

/** The nisba adjectives and plurals of a country or people ("عراقي", "أكراد", "Iraqi", "Kurds"). */
public record Gentilic(String actorId, List<String> arStems, List<String> arPlurals, List<String> enAdjectives,
                       List<String> enPlurals) {

    public Gentilic {
        arStems = List.copyOf(arStems);
        arPlurals = List.copyOf(arPlurals);
        enAdjectives = List.copyOf(enAdjectives);
        enPlurals = List.copyOf(enPlurals);
    }
}
