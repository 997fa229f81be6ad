package org.tahaluf.server;

import java.util.Objects;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.store.Store;

/**
 * What a server needs: the store it reads, the pipeline that analyses posted articles, where to
 * listen, and the token write requests must carry (null: the server is read-only).
 *
 * @param host interface to bind, e.g. 127.0.0.1 (the default keeps the server off the network)
 * @param port 0 picks a free port
 */
public record ServerSettings(Store store, Pipeline pipeline, Analyses analyses, String token, String host, int port) {

    /** The largest request body accepted: an article of a few hundred pages is far below it. */
    public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(analyses, "analyses");
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    public boolean readOnly() {
        return token == null;
    }
}
