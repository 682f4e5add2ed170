package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.subsidy.rules.InstitutionStanding.Standing;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A training or evaluation institution of the catalogue (7.16 培训和评价机构目录), and the one register of
 * disqualification (7.17 取缔培训资格): an institution a clawback disqualified before it was ever catalogued is an
 * entry known only by its credit code and name. Its status changes only through {@link #changeStatus}, which keeps
 * the history and refuses to leave {@code DISQUALIFIED}.
 */
@Entity
@Table(name = "training_institution")
public class TrainingInstitution extends PanacheEntityBase {

    public static final String DISQUALIFIED_IS_FINAL = "INSTITUTION_DISQUALIFIED_FINAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    /** Null for an institution known only from a clawback. */
    @Enumerated(EnumType.STRING)
    public InstitutionKind kind;

    /** Null for an institution known only from a clawback. */
    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    public String county;

    @Enumerated(EnumType.STRING)
    private InstitutionStatus status;

    @Column(name = "status_on")
    private LocalDate statusOn;

    @Column(name = "status_claim_id")
    private Long statusClaimId;

    @Column(name = "status_reason")
    private String statusReason;

    /** Why a clawback disqualified the institution (FRAUD, POOR_QUALITY): what the public catalogue shows of it. */
    @Column(name = "status_category")
    private String statusCategory;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_approval", joinColumns = @JoinColumn(name = "institution_id"))
    public Set<Approval> approvals = new LinkedHashSet<>();

    @OneToMany(mappedBy = "institution", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<InstitutionStatusChange> statusHistory = new ArrayList<>();

    protected TrainingInstitution() {
    }

    /** A new catalogue entry, ACTIVE from {@code on}. */
    public static TrainingInstitution listed(String creditCode, LocalDate on, String actor) {
        TrainingInstitution i = new TrainingInstitution();
        i.creditCode = creditCode;
        i.createdBy = actor;
        i.enter(new StatusChange(InstitutionStatus.ACTIVE, on, null, null, null, actor));
        return i;
    }

    /** An institution the catalogue did not list, disqualified by a clawback of a claim naming it. */
    public static TrainingInstitution knownFromClawback(String creditCode, String name, StatusChange disqualification) {
        TrainingInstitution i = new TrainingInstitution();
        i.creditCode = creditCode;
        i.name = name;
        i.createdBy = disqualification.actor();
        i.enter(disqualification);
        return i;
    }

    /**
     * Moves the institution to another status and records the step.
     *
     * @throws DomainException {@value #DISQUALIFIED_IS_FINAL} when it is disqualified: 取缔 is final
     */
    public void changeStatus(StatusChange change) {
        if (status == InstitutionStatus.DISQUALIFIED) {
            throw DomainException.conflict(DISQUALIFIED_IS_FINAL, "institution " + id + " was disqualified on " + statusOn
                    + " (7.17 取缔培训资格): its status no longer changes");
        }
        InstitutionStatus before = status;
        apply(change);
        statusHistory.add(new InstitutionStatusChange(this, before, change));
    }

    private void enter(StatusChange change) {
        apply(change);
        statusHistory.add(new InstitutionStatusChange(this, null, change));
    }

    private void apply(StatusChange change) {
        status = change.to();
        statusOn = change.on();
        statusClaimId = change.claimId();
        statusReason = change.reason();
        statusCategory = change.category();
    }

    /** How the institution stands for an occupation and level: disqualified, not approved for it, suspended or approved. */
    public Standing standingFor(String occupationKey, String levelKey) {
        if (status == InstitutionStatus.DISQUALIFIED) {
            return Standing.DISQUALIFIED;
        }
        boolean approved = approvals.stream().anyMatch(a -> a.occupationKey.equals(occupationKey) && a.levelKey.equals(levelKey));
        if (!approved) {
            return Standing.NOT_APPROVED_FOR;
        }
        return status == InstitutionStatus.SUSPENDED ? Standing.SUSPENDED : Standing.APPROVED;
    }

    public boolean isDisqualified() {
        return status == InstitutionStatus.DISQUALIFIED;
    }

    public InstitutionStatus status() {
        return status;
    }

    public LocalDate statusOn() {
        return statusOn;
    }

    public Long statusClaimId() {
        return statusClaimId;
    }

    public String statusReason() {
        return statusReason;
    }

    public String statusCategory() {
        return statusCategory;
    }

    /** Every status the institution has had, oldest first. */
    public List<InstitutionStatusChange> statusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }
}
