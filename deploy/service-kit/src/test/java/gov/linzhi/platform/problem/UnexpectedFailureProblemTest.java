package gov.linzhi.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches the last mapper: a conflict the database rolled back is a retry, anything else a 500 with an incident. */
class UnexpectedFailureProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDeadlockNoRetryCaughtTellsTheCallerToRetryNeverA500() {
        // what Hibernate throws for InnoDB's deadlock at a statement (a PessimisticLockException) outside a retry
        var deadlock = new RuntimeException("could not execute statement",
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        var response = mappers.unexpected(deadlock, null);
        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        Problem problem = (Problem) response.getEntity();
        assertEquals(ProblemCodes.TRANSACTION_CONFLICT, problem.code());
        assertTrue(problem.detail().contains("nothing was recorded"), problem.detail());
    }

    @Test
    void anythingElseIsAnInternalErrorNamingOnlyItsIncident() {
        var response = mappers.unexpected(new IllegalStateException("SELECT … WHERE resident_id = '540102199001011234'"), null);
        assertEquals(500, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals(ProblemCodes.INTERNAL_ERROR, problem.code());
        assertFalse(problem.detail().contains("540102"), problem.detail());
        assertTrue(problem.detail().contains("incident"), problem.detail());
    }
}
