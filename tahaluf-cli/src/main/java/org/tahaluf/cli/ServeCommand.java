package org.tahaluf.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.server.StoreAnalyses;
import org.tahaluf.server.ServerSettings;
import org.tahaluf.server.TahalufServer;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tahaluf serve}: the REST API and the web app over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app and the REST API (described at /api/openapi.json) over a store.",
                "Adding articles needs the token set in TAHALUF_API_TOKEN; without it the server is read-only."})
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "TAHALUF_API_TOKEN";

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on (default 8080; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for all)")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        try (Store opened = store.open()) {
            serve(opened, host, port, "");
        }
        return 0;
    }

    /** How long the address waits for the warm-up at most: beyond that, a slow store should not hide the server. */
    private static final java.time.Duration WARM_UP_PATIENCE = java.time.Duration.ofSeconds(30);

    /** Starts the server, prints where it listens, and blocks until the process is stopped. */
    static void serve(Store store, String host, int port, String banner) throws InterruptedException {
        String token = System.getenv(TOKEN_VARIABLE);
        ServerSettings settings = new ServerSettings(store, Pipeline.standard(), new StoreAnalyses(store), token, host,
                port);
        TahalufServer server = TahalufServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tahaluf-server-stop"));
        // the address is printed once the default window is computed, so that whoever follows it does
        // not wait for that (seconds on a large store); the server answers meanwhile all the same
        System.err.println("Tahaluf: getting the default window ready at " + server.url() + " …");
        server.awaitWarmUp(WARM_UP_PATIENCE);
        System.out.println(banner + "Tahaluf is serving " + store.location().display() + " at " + server.url());
        System.out.println(settings.readOnly()
                ? "Read-only: set " + TOKEN_VARIABLE + " to accept articles (POST /api/documents)."
                : "Adding articles is allowed with the token in " + TOKEN_VARIABLE + ".");
        System.out.println("Stop with Ctrl+C.");
        System.out.flush();
        stopped.await();
    }
}
