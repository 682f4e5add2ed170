package gov.linzhi.platform.domain;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.platform.problem.ProblemMappers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refusal of the domain becomes a problem at the edge: its kind gives the status, its code and fields are kept. */
class DomainExceptionProblemTest {

    @Test
    void eachKindHasItsStatus() {
        assertEquals(400, status(DomainException.invalid("year", "not a year")));
        assertEquals(400, status(DomainException.badRequest("MALFORMED_CSV", "unreadable")));
        assertEquals(403, status(DomainException.forbidden("NOT_YOURS", "another department's task")));
        assertEquals(404, status(DomainException.notFound("TASK_NOT_FOUND", "no task 9")));
        assertEquals(409, status(DomainException.conflict("INSTITUTION_DISQUALIFIED_FINAL", "final")));
        assertEquals(422, status(DomainException.unprocessable("UNKNOWN_DEPARTMENT", "no such department")));
        assertEquals(503, status(DomainException.unavailable("GAZETTE_UNAVAILABLE", "did not answer")));
    }

    @Test
    void codeDetailTitleAndFieldsAreKept() {
        Problem p = ProblemMappers.problemOf(new DomainException(DomainException.Kind.UNPROCESSABLE, "IMPORT_REJECTED", "Import rejected",
                "2 rows refused", List.of(new DomainException.FieldError("rows[1].lead", "unknown"))), "/api/v1/plans/1/tasks");
        assertEquals("IMPORT_REJECTED", p.code());
        assertEquals("Import rejected", p.title());
        assertEquals("2 rows refused", p.detail());
        assertEquals(List.of(new Problem.Violation("rows[1].lead", "unknown")), p.violations());
        assertEquals("/api/v1/plans/1/tasks", p.instance());
        Problem invalid = ProblemMappers.problemOf(DomainException.invalid("year", "not a year"), "/x");
        assertEquals("Request validation failed", invalid.title());
        assertEquals(DomainException.VALIDATION_FAILED, invalid.code());
    }

    @Test
    void anApiExceptionKeepsTheStatusTheEdgeChose() {
        ApiException notAcceptable = new ApiException(406, "NOT_ACCEPTABLE", "Not acceptable", "no such representation");
        assertEquals(406, ProblemMappers.statusOf(notAcceptable));
        assertEquals(406, ProblemMappers.problemOf(notAcceptable, "/x").status());
        assertEquals(DomainException.Kind.INVALID, notAcceptable.kind());
    }

    private static int status(DomainException e) {
        return ProblemMappers.problemOf(e, "/x").status();
    }
}
