package gov.linzhi.platform.persistence;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.ProblemCodes;
import gov.linzhi.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A transaction the database aborted for a conflict runs again, whole; anything else fails at once. */
class TransactionRetryTest {

    private final List<Duration> waits = new ArrayList<>();
    private final TransactionRetry retry = new TransactionRetry(4, Duration.ofMillis(10), waits::add);

    /** What Hibernate throws at a statement: the driver's exception a few causes down. */
    private static RuntimeException wrapped(SQLException driver) {
        return new IllegalStateException("could not execute statement", new RuntimeException("JDBC exception", driver));
    }

    private static SQLException galeraCertificationFailure() {
        return new SQLException("WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction", "40001", 1213);
    }

    @Test
    void deadlocksCertificationFailuresAndLockWaitTimeoutsAreConflicts() {
        assertTrue(TransactionRetry.isConflict(wrapped(galeraCertificationFailure())));
        assertTrue(TransactionRetry.isConflict(wrapped(new SQLException("Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(TransactionRetry.isConflict(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(TransactionRetry.isConflict(new SQLTransactionRollbackException("rolled back")));
        // the transaction manager may report a failed COMMIT with the driver's exception attached as suppressed
        RuntimeException commitFailed = new RuntimeException("ARJUNA016053: One or more resources rolled back");
        commitFailed.addSuppressed(galeraCertificationFailure());
        assertTrue(TransactionRetry.isConflict(commitFailed));
    }

    @Test
    void otherFailuresAreNotConflicts() {
        assertFalse(TransactionRetry.isConflict(wrapped(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(TransactionRetry.isConflict(wrapped(new SQLException("Connection refused", "08000", 0))));
        assertFalse(TransactionRetry.isConflict(new IllegalArgumentException("no such person")));
        RuntimeException cyclic = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", cyclic);
        cyclic.initCause(other);
        assertFalse(TransactionRetry.isConflict(cyclic));
    }

    @Test
    void aConflictRunsTheWholeTransactionAgainWithGrowingJitteredWaits() {
        AtomicInteger runs = new AtomicInteger();
        String result = retry.call(() -> {
            if (runs.incrementAndGet() < 4) {
                throw wrapped(galeraCertificationFailure());
            }
            return "recorded";
        });
        assertEquals("recorded", result);
        assertEquals(4, runs.get());
        assertEquals(3, waits.size());
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = 10L << i;
            long waited = waits.get(i).toNanos();
            assertTrue(waited >= Duration.ofMillis(ceiling).toNanos() / 2 && waited <= Duration.ofMillis(ceiling).toNanos(),
                    "wait " + i + " was " + waits.get(i) + ", expected between " + ceiling / 2.0 + " and " + ceiling + " ms");
        }
    }

    @Test
    void afterTheLastAttemptTheCallerIsToldToRetryNeverShownAServerError() {
        AtomicInteger runs = new AtomicInteger();
        DomainException e = assertThrows(DomainException.class, () -> retry.call(() -> {
            runs.incrementAndGet();
            throw wrapped(galeraCertificationFailure());
        }));
        assertEquals(4, runs.get());
        assertEquals(DomainException.Kind.UNAVAILABLE, e.kind());
        assertEquals(ProblemCodes.TRANSACTION_CONFLICT, e.code());
        var response = new ProblemMappers().domain(e, null);
        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        IllegalArgumentException refused = new IllegalArgumentException("refused");
        assertSame(refused, assertThrows(IllegalArgumentException.class, () -> retry.call(() -> {
            runs.incrementAndGet();
            throw refused;
        })));
        assertEquals(1, runs.get());
        assertTrue(waits.isEmpty());
    }
}
