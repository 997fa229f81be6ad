package org.tahaluf.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;

/** A real server on a free port over a fresh SQLite store, and an HTTP client to call it. */
final class RunningServer implements AutoCloseable {

    static final Pipeline PIPELINE = Pipeline.standard();

    final Store store;
    final TahalufServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    RunningServer(Path folder, String token) {
        this.store = Stores.open(StoreLocation.sqlite(folder.resolve("tahaluf.db")));
        this.server = TahalufServer.start(new ServerSettings(store, PIPELINE, new StoreAnalyses(store), token,
                "127.0.0.1", 0));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
