package org.tahaluf.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** How long an answer of the analytics is reused (see {@link CachedAnalyses}). */
    static final java.time.Duration ANALYSES_LIFETIME = java.time.Duration.ofMinutes(5);

    private final Javalin app;
    private final ServerSettings settings;
    private final WarmUp warmUp;

    private TahalufServer(Javalin app, ServerSettings settings, WarmUp warmUp) {
        this.app = app;
        this.settings = settings;
        this.warmUp = warmUp;
    }

    public static TahalufServer start(ServerSettings settings) {
        String openApi = resource("/org/tahaluf/server/openapi.json");
        Gazetteer gazetteer = new Gazetteer(settings.pipeline().lexicon());
        CachedAnalyses cache = new CachedAnalyses(settings.analyses(), ANALYSES_LIFETIME);
        ReadApi read = new ReadApi(settings.store(), settings.pipeline().lexicon(), gazetteer, cache);
        WriteApi write = new WriteApi(settings.store(), settings.pipeline(), settings.token(), cache::clear);
        AnalysesApi analyses = new AnalysesApi(cache, gazetteer, new ActorNames(settings.store()));
        WebFiles web = WebFiles.of(WEB);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = ServerSettings.MAX_REQUEST_BYTES;
            web.serve(config);
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
            config.routes.get("/api/session", ctx -> Json.send(ctx, ApiJson.object()
                    .put("writable", !settings.readOnly())));
            config.routes.get("/api/range", ctx -> {
                var range = settings.store().publishedRange();
                DefaultWindow w = DefaultWindow.of(range);
                Json.send(ctx, ApiJson.object().put("first", ApiJson.date(range.first())).put("last", ApiJson.date(range.last()))
                        .put("default_from", ApiJson.date(w.from())).put("default_to", ApiJson.date(w.to())));
            });
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
        WarmUp warmUp = new WarmUp(settings.store(), settings.host(), app.port(), web).start();
        return new TahalufServer(app, settings, warmUp);
    }

    /**
     * Waits until the warm-up ({@link WarmUp}) is over, at most {@code patience}: lets measurements say
     * what they measure, and the command line print its address when a first visit is quick.
     */
    public boolean awaitWarmUp(java.time.Duration patience) throws InterruptedException {
        return warmUp.await(patience);
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
