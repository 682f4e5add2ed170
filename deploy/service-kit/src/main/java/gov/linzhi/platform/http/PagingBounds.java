package gov.linzhi.platform.http;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code page} and {@code size} of every API list, bounded in one place before any resource multiplies them:
 * {@code page=2147483647} overflowed {@code page * size} into a 500 on five lists of three services. A value that is
 * not a number is left to the resource, which names it as it always has.
 */
public class PagingBounds {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 1_000;

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return; // pages answer their own forms in HTML
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        List<Problem.Violation> violations = new ArrayList<>();
        bound(query.getFirst("page"), "page", 0, MAX_PAGE, violations);
        bound(query.getFirst("size"), "size", 1, MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    static void bound(String raw, String field, long min, long max, List<Problem.Violation> violations) {
        if (raw == null || raw.isBlank() || !raw.strip().matches("[+-]?\\d{1,19}")) {
            return;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            value = raw.strip().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (value < min || value > max) {
            violations.add(new Problem.Violation(field, "must be between " + min + " and " + max));
        }
    }
}
