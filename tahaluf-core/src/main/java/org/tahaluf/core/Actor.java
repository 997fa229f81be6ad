package org.tahaluf.core;

import java.util.Objects;

/**
 * A real-world actor: a state, an organ of one, a group, a person, a people or a place.
 *
 * @param known true when the actor comes from the dictionary, false when it was built from the
 *              text alone (a militia described by its allegiance, an unknown official)
 */
public record Actor(String id, String nameEn, String nameAr, ActorKind kind, String country, Sector sector,
                    String wikidata, boolean known) {

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id");
        }
        Objects.requireNonNull(kind, "kind of " + id);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country of " + id + " is not ISO 3166-1 alpha-3: " + country);
        }
    }

    /** The state this actor stands for when grouped by country, or null. */
    public String stateId() {
        if (kind == ActorKind.STATE) {
            return id;
        }
        return country != null && sector != null && sector.isState() ? country : null;
    }
}
