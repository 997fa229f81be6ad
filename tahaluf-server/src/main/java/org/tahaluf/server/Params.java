package org.tahaluf.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;

/** Reads query parameters; a bad value is a 400 that names the parameter and what it accepts. */
final class Params {

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    LocalDate date(String name) {
        String v = text(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + "=" + v + ": not a date (YYYY-MM-DD)");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest(name + "=" + v + ": must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + "=" + v + ": not a number");
        }
    }

    Integer sign(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "1", "+1", "cooperation" -> 1;
            case "-1", "conflict" -> -1;
            case "0", "neutral" -> 0;
            default -> throw ApiException.badRequest(name + "=" + v + ": use 1, -1 or 0");
        };
    }

    EventType eventType(String name) {
        String v = text(name);
        try {
            return v == null ? null : EventType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + "=" + v + ": not a PLOVER event type");
        }
    }

    Modality modality(String name) {
        String v = text(name);
        try {
            return v == null ? null : Modality.fromCode(v.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + "=" + v + ": use asserted, intended, expected, hypothetical or negated");
        }
    }

    /** Where a window's end comes before its start: a 400, not an empty answer. */
    void checkWindow(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("to=" + to + " is before from=" + from);
        }
    }
}
