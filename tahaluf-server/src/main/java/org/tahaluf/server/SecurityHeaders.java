package org.tahaluf.server;

import io.javalin.http.Context;

/**
 * Headers every response carries. The content security policy allows scripts only from this
 * server (no inline script, no eval), so text from an article can never run as code even if it
 * reached the page as markup. Inline styles are allowed because the chart and map libraries set
 * element styles in the markup they build; styles cannot run code.
 */
final class SecurityHeaders {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
