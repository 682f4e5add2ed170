package gov.linzhi.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Bearer tokens already verified, kept until they expire (at most {@code maxAge}), so that a client sending the same
 * token with every request pays its signature check once rather than on every request (an RS256 check cost about a
 * sixth of a claim's CPU). Keyed by the token's exact text: a token is only ever answered with what verifying those
 * bytes gave. A token that fails verification is not kept, so a bad token costs its check every time.
 *
 * @param <T> what verification yields (the parsed token)
 */
public final class VerifiedTokens<T> {

    private record Entry<T>(T token, Instant validUntil) {
    }

    private final ConcurrentHashMap<String, Entry<T>> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maxAge;
    private final int capacity;

    public VerifiedTokens(Clock clock, Duration maxAge, int capacity) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.capacity = capacity;
    }

    /**
     * The verified token for {@code raw}: kept from an earlier verification while it is valid, else verified now.
     *
     * @param verify     checks signature, issuer, expiry of the raw token; throws when it does not pass
     * @param expiresAt  when a verified token expires (its {@code exp})
     */
    public <E extends Exception> T get(String raw, Verifier<T, E> verify, Function<T, Instant> expiresAt) throws E {
        Instant now = clock.instant();
        Entry<T> kept = verified.get(raw);
        if (kept != null && now.isBefore(kept.validUntil())) {
            return kept.token();
        }
        T token = verify.verify(raw);
        Instant exp = expiresAt.apply(token);
        Instant until = now.plus(maxAge);
        if (exp != null && exp.isBefore(until)) {
            until = exp;
        }
        if (verified.size() >= capacity) {
            // bounded without bookkeeping: a full cache starts again (only tokens in use come back)
            verified.clear();
        }
        verified.put(raw, new Entry<>(token, until));
        return token;
    }

    /** How many tokens are kept. */
    public int size() {
        return verified.size();
    }

    /** Verification of a raw token, which may refuse it. */
    @FunctionalInterface
    public interface Verifier<T, E extends Exception> {
        T verify(String raw) throws E;
    }
}
