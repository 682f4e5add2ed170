package gov.linzhi.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A verified token is verified once while it is valid, never answered after it expires, and a refused one is never kept. */
class VerifiedTokensTest {

    private final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
    private final List<String> verifications = new ArrayList<>();
    private Clock clock = Clock.fixed(t0, ZoneOffset.UTC);
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }, Duration.ofMinutes(5), 3);

    /** Tokens "name@epochSecondOfExpiry"; "bad…" fails verification. */
    private String verify(String raw) {
        verifications.add(raw);
        if (raw.startsWith("bad")) {
            throw new SecurityException("signature does not match");
        }
        return "verified " + raw;
    }

    private static Instant expiry(String token) {
        return Instant.ofEpochSecond(Long.parseLong(token.substring(token.indexOf('@') + 1)));
    }

    private String get(String raw) {
        return tokens.get(raw, this::verify, VerifiedTokensTest::expiry);
    }

    private void at(Duration later) {
        clock = Clock.fixed(t0.plus(later), ZoneOffset.UTC);
    }

    @Test
    void theSameTokenIsVerifiedOnceWhileValid() {
        String raw = "hr@" + t0.plus(Duration.ofHours(1)).getEpochSecond();
        assertEquals("verified " + raw, get(raw));
        at(Duration.ofMinutes(4));
        assertEquals("verified " + raw, get(raw));
        assertEquals(1, verifications.size());
    }

    @Test
    void aTokenIsVerifiedAgainAfterTheMaximumAgeAndAfterItsExpiry() {
        String longLived = "hr@" + t0.plus(Duration.ofHours(1)).getEpochSecond();
        get(longLived);
        at(Duration.ofMinutes(5));
        get(longLived);
        assertEquals(2, verifications.size());

        String shortLived = "auditor@" + t0.plus(Duration.ofMinutes(6)).getEpochSecond();
        get(shortLived);
        at(Duration.ofMinutes(6));
        get(shortLived); // expired now: verified again (and refused there, in the real verifier)
        assertEquals(4, verifications.size());
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        assertThrows(SecurityException.class, () -> get("bad@1"));
        assertThrows(SecurityException.class, () -> get("bad@1"));
        assertEquals(2, verifications.size());
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheIsBounded() {
        long exp = t0.plus(Duration.ofHours(1)).getEpochSecond();
        for (int i = 0; i < 10; i++) {
            get("client" + i + "@" + exp);
        }
        assertEquals(10, verifications.size());
        assertEquals(true, tokens.size() <= 3, "kept " + tokens.size());
    }
}
