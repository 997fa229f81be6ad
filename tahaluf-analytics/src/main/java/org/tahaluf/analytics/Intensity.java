package org.tahaluf.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;
import org.tahaluf.lexicon.TsvFile;

/**
 * How much one event weighs as evidence in a dyad: its type's intensity times its modality's
 * certainty, both from the documented scale in {@code intensity.tsv}.
 */
public final class Intensity {

    private static final Intensity STANDARD = load();

    private final Map<EventType, Double> types;
    private final Map<Modality, Double> modalities;

    private Intensity(Map<EventType, Double> types, Map<Modality, Double> modalities) {
        this.types = types;
        this.modalities = modalities;
    }

    public static Intensity standard() {
        return STANDARD;
    }

    public double weight(EventType type, Modality modality) {
        return types.get(type) * modalities.get(modality);
    }

    public double typeWeight(EventType type) {
        return types.get(type);
    }

    private static Intensity load() {
        try (InputStream in = Intensity.class.getResourceAsStream("intensity.tsv")) {
            TsvFile file = TsvFile.read("intensity.tsv", in, 3);
            Map<EventType, Double> types = new EnumMap<>(EventType.class);
            Map<Modality, Double> modalities = new EnumMap<>(Modality.class);
            for (TsvFile.Row row : file.rows()) {
                String key = row.require(0, "key");
                double weight = Double.parseDouble(row.require(1, "weight"));
                if (key.startsWith("type:")) {
                    types.put(EventType.fromCode(key.substring(5)), weight);
                } else if (key.startsWith("modality:")) {
                    modalities.put(Modality.fromCode(key.substring(9)), weight);
                } else {
                    throw row.error("a key is type:X or modality:M, not " + key);
                }
            }
            if (types.size() != EventType.values().length || modalities.size() != Modality.values().length) {
                throw new IllegalStateException("intensity.tsv must weigh every event type and every modality");
            }
            return new Intensity(types, modalities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read intensity.tsv", e);
        }
    }
}
