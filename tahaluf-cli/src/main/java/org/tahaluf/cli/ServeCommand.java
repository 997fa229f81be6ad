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
        System.out.println(banner + "Tahaluf is serving " + store.location().display() + " at " + server.url());
        System.out.println(settings.readOnly()
                ? "Read-only: set " + TOKEN_VARIABLE + " to accept articles (POST /api/documents)."
                : "Adding articles is allowed with the token in " + TOKEN_VARIABLE + ".");
        System.out.println("Stop with Ctrl+C.");
        System.out.flush();
        stopped.await();
    }
}
