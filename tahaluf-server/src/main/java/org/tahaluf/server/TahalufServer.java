package org.tahaluf.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tahaluf.store.StoreException;

/**
 * The Tahaluf web server: the REST API under {@code /api} and the web app, in one process. The
 * web app's JavaScript libraries come from WebJars on the class path, so it works offline.
 *
 * <p>Security basics: every response carries {@link SecurityHeaders}; request bodies are capped
 * at {@link ServerSettings#MAX_REQUEST_BYTES}; static files come only from the class path folder
 * of the web app (Jetty refuses paths that climb out of it); SQL is parameterized in the store;
 * errors answer with a message, never a stack trace.
 */
public final class TahalufServer implements AutoCloseable {

    static final String WEB = "/org/tahaluf/server/web";

    private final Javalin app;
    private final ServerSettings settings;

    private TahalufServer(Javalin app, ServerSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    public static TahalufServer start(ServerSettings settings) {
        String openApi = resource("/org/tahaluf/server/openapi.json");
        Gazetteer gazetteer = new Gazetteer(settings.pipeline().lexicon());
        ReadApi read = new ReadApi(settings.store(), settings.pipeline().lexicon(), gazetteer, settings.analyses());
        WriteApi write = new WriteApi(settings.store(), settings.pipeline(), settings.token());
        AnalysesApi analyses = new AnalysesApi(settings.analyses(), gazetteer);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = ServerSettings.MAX_REQUEST_BYTES;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
            config.routes.get("/api/session", ctx -> Json.send(ctx, ApiJson.object()
                    .put("writable", !settings.readOnly())));
            read.register(config.routes);
            write.register(config.routes);
            analyses.register(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> Json.error(ctx, 503, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> Json.error(ctx, 500,
                    "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    Json.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()
                            + " (see /api/openapi.json)");
                }
            });
        });
        app.start(settings.host(), settings.port());
        return new TahalufServer(app, settings);
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = settings.host() == null || settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static String resource(String path) {
        try (InputStream in = TahalufServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
