package org.tahaluf.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading JSON the lenient way score.py does: a missing field, a null and an empty value are all "nothing". */
final class Json {

    private Json() {
    }

    /** A field's text, or null when it is missing or null (numbers and booleans as text). */
    static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return text(node.get(field));
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** Python truthiness of a field: present, not null, not "", not 0, not false, not an empty list. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        if (value.isNumber()) {
            return value.asDouble() != 0;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.size() > 0;
    }

    /** The first truthy field's text ({@code a or b or ...}), or null. */
    static String firstTruthy(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node == null ? null : node.get(f);
            if (truthy(v)) {
                return text(v);
            }
        }
        return null;
    }

    /** The elements of a list field ({@code x.get(field, []) or []}); nulls inside are kept as null. */
    static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** A list field's elements as texts (null for a JSON null). */
    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : list(node, field)) {
            out.add(text(v));
        }
        return out;
    }
}
