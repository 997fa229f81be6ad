package org.tahaluf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * What the server asks of the analytics, in the JSON the API returns. Null dates leave a window
 * open. Kept as a small port so the handlers do not depend on how the analytics are computed.
 */
public interface Analyses {

    /** The alliance graph of the contract ({@code tahaluf graph}): nodes with blocs, signed weighted edges. */
    ObjectNode graph(LocalDate from, LocalDate to);

    /** Cooperation and conflict between two actors over time, and where the relation shifted. */
    ObjectNode dyad(String a, String b, LocalDate from, LocalDate to);

    /** Places where violence and threats concentrate, with their trend. */
    JsonNode hotspots(LocalDate from, LocalDate to);

    /** The brief of a window in one language: {@code {"markdown": …, "brief": …}}. */
    ObjectNode brief(LocalDate from, LocalDate to, String lang);

    /** The actor ids a graph node stands for: itself and what the analytics fold into it (a state's government, army …). */
    java.util.Set<String> members(String node);
}
