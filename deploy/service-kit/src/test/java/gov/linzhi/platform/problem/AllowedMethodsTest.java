package gov.linzhi.platform.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resource templates as JAX-RS matches them: one segment per variable, regular-expression variables included. */
class AllowedMethodsTest {

    @Test
    void aTemplateMatchesOneSegmentPerVariable() {
        var p = AllowedMethods.template("/api/v1/documents", "{id}/provisions/{path}");
        assertTrue(p.matcher("/api/v1/documents/5/provisions/3.1.3").matches());
        assertFalse(p.matcher("/api/v1/documents/5/provisions").matches());
        assertTrue(AllowedMethods.template("/api/v1/claims", "").matcher("/api/v1/claims").matches());
        assertTrue(AllowedMethods.template("api/v1/x", "/{n: [0-9]+}").matcher("/api/v1/x/12").matches());
        assertFalse(AllowedMethods.template("/api/v1/documents", "{id}").matcher("/api/v1/documents/5/text").matches());
    }
}
