package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.subsidy.rules.InstitutionStanding.Standing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The institution aggregate keeps its own rules: its status history, and 取缔 (7.17) is final. */
class TrainingInstitutionTest {

    static final LocalDate MARCH = LocalDate.of(2020, 3, 1);

    static TrainingInstitution school() {
        TrainingInstitution i = TrainingInstitution.listed("91540400MA6T1234XT", MARCH, "hr");
        Approval a = new Approval();
        a.occupation = "中式烹调师";
        a.occupationKey = "中式烹调师";
        a.levelKey = "LEVEL_4";
        i.approvals.add(a);
        return i;
    }

    @Test
    void aListedInstitutionIsActiveAndItsHistoryStartsThere() {
        TrainingInstitution i = school();
        assertEquals(InstitutionStatus.ACTIVE, i.status());
        assertEquals(List.of(InstitutionStatus.ACTIVE), i.statusHistory().stream().map(InstitutionStatusChange::to).toList());
        assertEquals(null, i.statusHistory().get(0).from());
    }

    @Test
    void everyChangeIsKeptInOrder() {
        TrainingInstitution i = school();
        i.changeStatus(new StatusChange(InstitutionStatus.SUSPENDED, MARCH.plusDays(10), null, "整改", null, "hr"));
        i.changeStatus(new StatusChange(InstitutionStatus.ACTIVE, MARCH.plusDays(40), null, "整改完成", null, "hr"));
        i.changeStatus(StatusChange.disqualifiedForClaim(7, "FRAUD", "虚报", MARCH.plusDays(90), "auditor"));
        assertEquals(List.of(InstitutionStatus.ACTIVE, InstitutionStatus.SUSPENDED, InstitutionStatus.ACTIVE, InstitutionStatus.DISQUALIFIED),
                i.statusHistory().stream().map(InstitutionStatusChange::to).toList());
        InstitutionStatusChange last = i.statusHistory().get(3);
        assertEquals(InstitutionStatus.ACTIVE, last.from());
        assertEquals(7L, last.claimId());
        assertEquals("auditor", last.changedBy());
        assertEquals("FRAUD", i.statusCategory());
        assertEquals(MARCH.plusDays(90), i.statusOn());
    }

    @Test
    void disqualifiedIsFinalAndARefusedChangeLeavesNoTrace() {
        TrainingInstitution i = school();
        i.changeStatus(StatusChange.disqualifiedForClaim(7, "FRAUD", "虚报", MARCH, "auditor"));
        for (InstitutionStatus to : InstitutionStatus.values()) {
            DomainException e = assertThrows(DomainException.class,
                    () -> i.changeStatus(new StatusChange(to, MARCH.plusDays(1), null, "复核", null, "hr")));
            assertEquals(TrainingInstitution.DISQUALIFIED_IS_FINAL, e.code());
            assertEquals(DomainException.Kind.CONFLICT, e.kind());
        }
        assertEquals(InstitutionStatus.DISQUALIFIED, i.status());
        assertEquals(2, i.statusHistory().size());
        assertThrows(UnsupportedOperationException.class, () -> i.statusHistory().clear(), "the history is read-only");
    }

    @Test
    void standingFollowsStatusAndApprovals() {
        TrainingInstitution i = school();
        assertEquals(Standing.APPROVED, i.standingFor("中式烹调师", "LEVEL_4"));
        assertEquals(Standing.NOT_APPROVED_FOR, i.standingFor("中式烹调师", "LEVEL_3"));
        i.changeStatus(new StatusChange(InstitutionStatus.SUSPENDED, MARCH, null, "整改", null, "hr"));
        assertEquals(Standing.SUSPENDED, i.standingFor("中式烹调师", "LEVEL_4"));
        assertEquals(Standing.NOT_APPROVED_FOR, i.standingFor("电工", "LEVEL_4"));
        i.changeStatus(StatusChange.disqualifiedForClaim(7, "FRAUD", "虚报", MARCH, "auditor"));
        assertEquals(Standing.DISQUALIFIED, i.standingFor("电工", "LEVEL_4"));
    }

    @Test
    void anInstitutionKnownOnlyFromAClawbackIsDisqualifiedFromTheStart() {
        TrainingInstitution i = TrainingInstitution.knownFromClawback("91540400MA6T9999XZ", "某培训中心",
                StatusChange.disqualifiedForClaim(3, "POOR_QUALITY", "质量差", MARCH, "auditor"));
        assertTrue(i.isDisqualified());
        assertEquals(null, i.kind);
        assertEquals(1, i.statusHistory().size());
        assertEquals(Standing.DISQUALIFIED, i.standingFor("中式烹调师", "LEVEL_4"));
    }
}
