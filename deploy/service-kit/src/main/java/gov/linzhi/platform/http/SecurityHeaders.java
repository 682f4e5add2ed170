package gov.linzhi.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every response of every service carries, set once here before anything else handles a request:
 * no MIME sniffing, never framed, the referrer kept to the site itself, HSTS over TLS, and a content security
 * policy — for HTML pages scripts, styles and images from the service itself only (the pages have no inline
 * script or style), for everything else nothing at all. Swagger UI under {@code /q/} runs inline scripts and
 * keeps only the framing rule. A response to a request that carries credentials (a bearer token or a cookie) is
 * personal and is never stored ({@code Cache-Control: no-store}) unless the resource set its own caching.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String TOOL_POLICY = "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::onRequest);
    }

    private void onRequest(RoutingContext ctx) {
        boolean credentials = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || ctx.request().getHeader(HttpHeaders.COOKIE) != null;
        boolean tls = ctx.request().isSSL();
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(v -> apply(ctx.response(), path, credentials, tls));
        ctx.next();
    }

    static void apply(HttpServerResponse response, String path, boolean credentials, boolean tls) {
        var headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", policy(path, headers.get(HttpHeaders.CONTENT_TYPE)));
        }
        if (tls) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (credentials && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** The policy for a response: by where it is served and what it is. */
    static String policy(String path, String contentType) {
        if (path != null && path.startsWith("/q/")) {
            return TOOL_POLICY;
        }
        return contentType != null && contentType.startsWith("text/html") ? PAGE_POLICY : API_POLICY;
    }
}
