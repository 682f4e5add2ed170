package gov.linzhi.platform.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditVocabularyTest {

    @Test
    void actionsAndSubjectsReadTheSameInEveryService() {
        assertEquals("PLAN_CALENDAR_CHANGED", AuditAction.of("PLAN_CALENDAR_CHANGED").toString());
        assertEquals("claim/42", AuditSubject.of("claim", 42L).toString());
        assertEquals("rule-set/2020.1", AuditSubject.of("rule-set", "2020.1").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.created", "plan.calendar-changed", "CLAIM", "claim_decided", "_CLAIM_DECIDED", "CLAIM__DECIDED", ""})
    void anActionOutsideTheVocabularyIsRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> AuditAction.of(name));
    }

    @Test
    void anActionLongerThanItsColumnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AuditAction.of("A_" + "B".repeat(AuditAction.MAX_LENGTH)));
    }

    @Test
    void aSubjectIsTypeSlashIdAndNothingElse() {
        assertThrows(IllegalArgumentException.class, () -> AuditSubject.of("plan:", 3));
        assertThrows(IllegalArgumentException.class, () -> AuditSubject.of("Plan", 3));
        assertThrows(IllegalArgumentException.class, () -> AuditSubject.of("plan", null));
        assertThrows(IllegalArgumentException.class, () -> AuditSubject.of("plan", " "));
        assertThrows(IllegalArgumentException.class, () -> AuditSubject.of("plan", "3/4"));
        assertThrows(IllegalArgumentException.class, () -> AuditSubject.of("plan", "9".repeat(AuditSubject.MAX_LENGTH)));
    }
}
