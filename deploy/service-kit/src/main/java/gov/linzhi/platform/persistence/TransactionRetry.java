package gov.linzhi.platform.persistence;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.ProblemCodes;

import java.sql.SQLException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when the database aborted it to resolve a conflict with another one: an InnoDB
 * deadlock, a lock wait that timed out, or a Galera certification failure (another node committed a write-set that
 * touches the same rows first). Galera reports the last one as a deadlock, at COMMIT or at whatever statement is
 * running when the other node's write-set arrives, so the whole unit of work is run again, never one statement.
 * After the last attempt the caller is told to retry ({@code 503 TRANSACTION_CONFLICT} with {@code Retry-After}),
 * never shown a 500: nothing was recorded.
 */
public final class TransactionRetry {

    /** MariaDB's ER_LOCK_DEADLOCK, also Galera's "WSREP detected deadlock/conflict"; ER_LOCK_WAIT_TIMEOUT. */
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final int attempts;
    private final Duration firstBackoff;
    private final Sleeper sleeper;

    /** How a retry waits; tests pass one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public TransactionRetry(int attempts, Duration firstBackoff) {
        this(attempts, firstBackoff, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    public TransactionRetry(int attempts, Duration firstBackoff, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.sleeper = sleeper;
    }

    /**
     * The result of {@code transaction}, run up to the configured number of times while the database aborts it for a
     * conflict; each wait doubles, with full jitter so that transactions which collided do not collide again.
     */
    public <T> T call(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt == attempts) {
                    throw new DomainException(DomainException.Kind.UNAVAILABLE, ProblemCodes.TRANSACTION_CONFLICT,
                            "Transaction conflict", "the database aborted this request " + attempts
                            + " times for conflicting concurrent writes; nothing was recorded, retry it (claims: with the same Idempotency-Key)",
                            java.util.List.of());
                }
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        long ceiling = firstBackoff.toNanos() << Math.min(attempt - 1, 20);
        try {
            sleeper.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", interrupted);
        }
    }

    /**
     * Whether the failure is the database aborting the transaction for a conflict, whichever layer wrapped it
     * (Hibernate, the pool, the transaction manager, which may attach the driver's exception as suppressed): SQLState
     * class 40 is "transaction rollback" in SQL:2016 (40001 serialization failure), and MariaDB's own codes for a
     * deadlock and a lock wait timeout.
     */
    public static boolean isConflict(Throwable failure) {
        return isConflict(failure, new IdentityHashMap<>());
    }

    private static boolean isConflict(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (t instanceof java.sql.SQLTransactionRollbackException) {
            return true;
        }
        if (t instanceof SQLException sql && (String.valueOf(sql.getSQLState()).startsWith("40")
                || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isConflict(suppressed, seen)) {
                return true;
            }
        }
        if (t instanceof SQLException sql && isConflict(sql.getNextException(), seen)) {
            return true;
        }
        return isConflict(t.getCause(), seen);
    }
}
