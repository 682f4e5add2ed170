package gov.linzhi.platform.http;

import gov.linzhi.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy each kind of response gets, and the bounds of paging parameters. */
class SecurityHeadersAndPagingTest {

    @Test
    void pagesMayLoadOnlyTheirOwnScriptsAndStylesApisNothingAndNothingIsFramed() {
        String page = SecurityHeaders.policy("/documents/5", "text/html;charset=UTF-8");
        assertTrue(page.contains("script-src 'self'") && !page.contains("unsafe-inline"), page);
        assertEquals(SecurityHeaders.API_POLICY, SecurityHeaders.policy("/api/v1/documents/5", "application/json"));
        assertEquals(SecurityHeaders.TOOL_POLICY, SecurityHeaders.policy("/q/swagger-ui/index.html", "text/html"));
        for (String p : List.of(page, SecurityHeaders.API_POLICY, SecurityHeaders.TOOL_POLICY)) {
            assertTrue(p.contains("frame-ancestors 'none'"), p);
        }
    }

    @Test
    void pageAndSizeOutsideTheirBoundsAreNamedOthersPass() {
        List<Problem.Violation> v = new ArrayList<>();
        PagingBounds.bound("2147483647", "page", 0, PagingBounds.MAX_PAGE, v);
        PagingBounds.bound("99999999999999999999999", "page", 0, PagingBounds.MAX_PAGE, v);
        PagingBounds.bound("-1", "page", 0, PagingBounds.MAX_PAGE, v);
        PagingBounds.bound("0", "size", 1, PagingBounds.MAX_SIZE, v);
        assertEquals(List.of("page", "page", "size"), v.stream().map(Problem.Violation::field).toList(),
                "twenty digits are not a number the filter reads: the resource names it");
        v.clear();
        PagingBounds.bound("3", "page", 0, PagingBounds.MAX_PAGE, v);
        PagingBounds.bound("abc", "page", 0, PagingBounds.MAX_PAGE, v);
        PagingBounds.bound("100", "size", 1, PagingBounds.MAX_SIZE, v);
        assertEquals(List.of(), v);
    }
}
