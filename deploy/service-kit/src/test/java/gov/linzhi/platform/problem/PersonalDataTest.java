package gov.linzhi.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resident IDs never leave in a problem: masked in detail, instance and violation messages. */
class PersonalDataTest {

    @Test
    void anythingShapedLikeAResidentIdIsMaskedAndNothingElse() {
        assertEquals("person 540402********1234 not found", PersonalData.mask("person 540402199001011234 not found"));
        assertEquals("540402********123X", PersonalData.mask("54040219900101123X"));
        assertEquals("order 1234567890123456789", PersonalData.mask("order 1234567890123456789"), "19 digits are no resident ID");
        assertEquals("page 2", PersonalData.mask("page 2"));
    }

    @Test
    void aMaskedIdIsNoLongerFoundInTheText() {
        String line = "claim for 540402199001011234 refused";
        assertEquals(true, PersonalData.containsResidentId(line));
        assertEquals(false, PersonalData.containsResidentId(PersonalData.mask(line)), "what the log check reads after masking");
        assertEquals(false, PersonalData.containsResidentId("order 1234567890123456789"));
        assertEquals(false, PersonalData.containsResidentId(null));
    }

    @Test
    void aProblemMasksItsDetailInstanceAndViolations() {
        Problem p = new Problem("t", "Not found", 404, "no person 540402199001011234", "NOT_FOUND",
                "/api/v1/persons/540402199001011234/entitlements", List.of(new Problem.Violation("personId", "540402199001011234 unknown")));
        assertEquals("no person 540402********1234", p.detail());
        assertEquals("/api/v1/persons/540402********1234/entitlements", p.instance());
        assertEquals("540402********1234 unknown", p.violations().get(0).message());
    }
}
