package gov.linzhi.platform.http;

import gov.linzhi.platform.problem.PersonalData;
import gov.linzhi.platform.problem.Problem;
import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses oversize request bodies with problem+json before anything reads them, and renders the
 * failures that happen below JAX-RS (routes outside it, the server's own body limit) as problem+json too.
 */
@ApplicationScoped
public class RequestLimits {

    /** Limits on requests. */
    @StaticInitSafe
    @ConfigMapping(prefix = "linzhi.http")
    public interface Config {
        /** Largest request body accepted, in bytes; larger ones get 413 BODY_TOO_LARGE. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    private final Config config;

    public RequestLimits(Config config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkContentLength);
        router.errorHandler(413, ctx -> tooLarge(ctx));
        router.errorHandler(404, ctx -> write(ctx, 404, "NOT_FOUND", "Not found", "no resource at " + ctx.normalizedPath()));
        router.errorHandler(405, ctx -> write(ctx, 405, "METHOD_NOT_ALLOWED", "Method not allowed",
                "this resource does not support that method"));
    }

    private void checkContentLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > config.maxBodyBytes()) {
                    tooLarge(ctx);
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, 400, "BAD_REQUEST", "Bad request", "Content-Length is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void tooLarge(RoutingContext ctx) {
        write(ctx, 413, "BODY_TOO_LARGE", "Request body too large",
                "the request body exceeds " + config.maxBodyBytes() + " bytes");
    }

    private static void write(RoutingContext ctx, int status, String code, String title, String detail) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", Problem.typeOf(code))
                .put("title", title)
                .put("status", status)
                .put("detail", PersonalData.mask(detail))
                .put("code", code)
                .put("instance", PersonalData.mask(ctx.normalizedPath()));
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body.encode());
    }
}
