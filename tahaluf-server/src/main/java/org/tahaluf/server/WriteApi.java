package org.tahaluf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.store.Admission;
import org.tahaluf.store.Store;
import org.tahaluf.text.LanguageGuesser;

/**
 * {@code POST /api/documents}: analyses an article and stores it. Needs {@code Authorization:
 * Bearer <token>}; a server started without a token refuses every write.
 */
final class WriteApi {

    private final Store store;
    private final Pipeline pipeline;
    private final BearerToken token;
    private final Runnable onStored;

    WriteApi(Store store, Pipeline pipeline, String token, Runnable onStored) {
        this.onStored = onStored;
        this.store = store;
        this.pipeline = pipeline;
        this.token = token == null ? null : new BearerToken(token);
    }

    void register(RoutesConfig routes) {
        routes.post("/api/documents", this::postDocument);
    }

    private void authorize(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "this server is read-only: start it with TAHALUF_API_TOKEN set to accept articles");
        }
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a valid Authorization: Bearer <token> header is required to add articles");
        }
    }

    private void postDocument(Context ctx) {
        authorize(ctx);
        Document document = document(ctx);
        Analysis analysis = pipeline.analyze(document);
        Admission admission = store.put(analysis);
        if (admission.outcome() == Admission.Outcome.STORED || admission.outcome() == Admission.Outcome.NEAR_DUPLICATE) {
            onStored.run();
        }
        ObjectNode out = ApiJson.object().put("id", admission.documentId())
                .put("outcome", admission.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .put("duplicate_of", admission.duplicateOf())
                .put("actors", analysis.actors().size()).put("events", analysis.events().size());
        out.set("analysis", AnalysisJson.toJson(analysis));
        Json.send(ctx, admission.outcome() == Admission.Outcome.ID_CONFLICT ? 409
                : admission.outcome() == Admission.Outcome.ALREADY_STORED ? 200 : 201, out);
    }

    /** The article as JSON {@code {"title","text","published","source","url","language"}} or as plain text. */
    private static Document document(Context ctx) {
        String body = ctx.body();
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (contentType.startsWith("application/json")) {
            JsonNode json;
            try {
                json = ApiJson.MAPPER.readTree(body);
            } catch (java.io.IOException e) {
                throw ApiException.badRequest("the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (json == null || !json.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object with at least \"text\"");
            }
            String text = field(json, "text");
            if (text == null || text.isBlank()) {
                throw ApiException.badRequest("\"text\" is required and must not be empty");
            }
            String language = field(json, "language");
            String title = field(json, "title");
            return new Document(idOf(text), title == null || title.isBlank() ? firstLine(text) : title, text,
                    language == null ? LanguageGuesser.guess(text) : language(language),
                    date(field(json, "published")), field(json, "source"), field(json, "author"), field(json, "url"));
        }
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("the body is empty: send the article as text/plain or as JSON");
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        return new Document(idOf(text), firstLine(text), text, LanguageGuesser.guess(text), null, null, null, null);
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse(null);
    }

    private static String field(JsonNode json, String name) {
        JsonNode v = json.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Language language(String code) {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"language\": " + code + " is not a language code such as ar or en");
        }
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"published\": " + iso + " is not a date (YYYY-MM-DD)");
        }
    }

    /** The same text always gets the same id, whoever posts it. */
    private static String idOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "web-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
