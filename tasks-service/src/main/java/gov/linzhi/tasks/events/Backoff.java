package gov.linzhi.tasks.events;

import java.time.Duration;

/** When a failed delivery is tried again: the base, doubled after each attempt, at most a day, with up to 10% jitter. */
public record Backoff(Duration base, int maxAttempts) {

    private static final Duration MAX = Duration.ofDays(1);

    public Backoff {
        if (base.isNegative() || base.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("need a positive base and at least one attempt");
        }
    }

    /** The wait after {@code attempts} failed attempts (1 for the first); {@code jitter} in [0, 1). */
    public Duration after(int attempts, double jitter) {
        Duration wait = base.multipliedBy(1L << Math.min(30, attempts - 1));
        if (wait.compareTo(MAX) > 0) {
            wait = MAX;
        }
        return wait.plusMillis((long) (wait.toMillis() * 0.1 * jitter));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
