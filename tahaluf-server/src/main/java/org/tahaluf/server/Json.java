package org.tahaluf.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Sends JSON answers with the API's one mapper. */
final class Json {

    private Json() {
    }

    static void send(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(ApiJson.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static void error(Context ctx, int status, String message) {
        send(ctx, status, ApiJson.object().put("error", message).put("status", status));
    }
}
