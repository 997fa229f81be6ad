package org.tahaluf.lexicon;

import java.util.List;

/**
 * A gazetteer entry: a named place with its parent place and coordinates (WGS84). {@code guarded} holds the
 * names (as written, without their {@code ~}) that are also common words or persons' names ("دوما", "always"),
 * read as the place only where a place is spoken of.
 */
public record Place(String id, String kind, String country, String parent, double lat, double lon, String wikidata,
                    String nameEn, String nameAr, List<String> aliasesEn, List<String> aliasesAr,
                    java.util.Set<String> guarded) {

    public static final java.util.Set<String> KINDS = java.util.Set.of("country", "region", "province", "district",
            "city", "town", "village", "area", "crossing", "camp", "base", "river", "sea", "airport", "neighbourhood");

    public Place {
        aliasesEn = List.copyOf(aliasesEn);
        aliasesAr = List.copyOf(aliasesAr);
        guarded = java.util.Set.copyOf(guarded);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates of " + id + " out of range: " + lat + "," + lon);
        }
    }
}
