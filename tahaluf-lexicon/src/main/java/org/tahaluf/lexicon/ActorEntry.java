package org.tahaluf.lexicon;

import java.util.List;
import java.util.Set;
import org.tahaluf.core.Actor;

/** A dictionary actor with the surface forms that name it; {@code ambiguous} lists aliases marked with ~. */
public record ActorEntry(Actor actor, List<String> aliasesEn, List<String> aliasesAr, Set<String> ambiguous) {

    public ActorEntry {
        aliasesEn = List.copyOf(aliasesEn);
        aliasesAr = List.copyOf(aliasesAr);
        ambiguous = Set.copyOf(ambiguous);
    }
}
