package gov.linzhi.subsidy.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A training or evaluation institution of the catalogue (7.16). */
@Entity
@Table(name = "training_institution")
public class TrainingInstitution extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    @Enumerated(EnumType.STRING)
    public InstitutionKind kind;

    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    public String county;

    @Enumerated(EnumType.STRING)
    public InstitutionStatus status;

    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "status_claim_id")
    public Long statusClaimId;

    @Column(name = "status_reason")
    public String statusReason;

    /** Why a clawback disqualified the institution (FRAUD, POOR_QUALITY): what the public catalogue shows of it. */
    @Column(name = "status_category")
    public String statusCategory;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_approval", joinColumns = @JoinColumn(name = "institution_id"))
    public Set<Approval> approvals = new LinkedHashSet<>();
}
