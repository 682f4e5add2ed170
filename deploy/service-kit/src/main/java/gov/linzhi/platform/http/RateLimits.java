package gov.linzhi.platform.http;

import gov.linzhi.platform.problem.Problem;
import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public endpoints that cost a lot per request (batch evaluation, search) are limited per client: a token bucket
 * per client address and configured path, refilled continuously; an empty bucket answers 429 problem+json with
 * {@code Retry-After}. Limits are configuration ({@code linzhi.rate-limits."<path>".per-minute}); a path without a
 * limit is not counted.
 */
@ApplicationScoped
public class RateLimits {

    /** Per path (exact, as routed), how many requests a client may make per minute. */
    @StaticInitSafe
    @ConfigMapping(prefix = "linzhi.rate-limits")
    public interface Config {
        @WithParentName
        Map<String, Limit> paths();

        interface Limit {
            int perMinute();
        }
    }

    /** Buckets kept at most; past this the oldest are dropped (a flood of addresses costs bounded memory). */
    static final int MAX_CLIENTS = 10_000;

    private final Map<String, Integer> perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimits(Config config, Clock clock) {
        Map<String, Integer> limits = new java.util.HashMap<>();
        config.paths().forEach((path, limit) -> limits.put(path, limit.perMinute()));
        this.perMinute = Map.copyOf(limits);
        this.clock = clock;
    }

    void install(@Observes Router router) {
        if (!perMinute.isEmpty()) {
            router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        Integer limit = perMinute.get(ctx.normalizedPath());
        if (limit == null) {
            ctx.next();
            return;
        }
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
        long waitSeconds = take(client + " " + ctx.normalizedPath(), limit);
        if (waitSeconds == 0) {
            ctx.next();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", Problem.typeOf("RATE_LIMITED")).put("title", "Too many requests").put("status", 429)
                .put("detail", "at most " + limit + " requests a minute to " + ctx.normalizedPath() + " from one client; retry in "
                        + waitSeconds + " s")
                .put("code", "RATE_LIMITED").put("instance", ctx.normalizedPath());
        ctx.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8")
                .putHeader("Retry-After", String.valueOf(waitSeconds))
                .end(body.encode());
    }

    /** Takes a token from the client's bucket: 0 when there was one, else the whole seconds until there is. */
    long take(String key, int perMinute) {
        if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(key)) {
            long now = clock.millis();
            buckets.entrySet().removeIf(e -> e.getValue().idleSince(now) > 60_000);
            if (buckets.size() >= MAX_CLIENTS) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, clock.millis())).take(clock.millis());
    }

    /** A token bucket of {@code capacity} tokens refilled at capacity per minute. */
    static final class Bucket {
        private final int capacity;
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * capacity / 60_000.0);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * 60_000.0 / capacity / 1000.0));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
