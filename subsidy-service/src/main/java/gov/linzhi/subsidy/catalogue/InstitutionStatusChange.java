package gov.linzhi.subsidy.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One step of an institution's status history: written by {@link TrainingInstitution#changeStatus}, never changed.
 * {@code from} is null for the status an institution entered the catalogue with.
 */
@Entity
@Table(name = "institution_status_change")
public class InstitutionStatusChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    TrainingInstitution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    InstitutionStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    InstitutionStatus to;

    @Column(name = "changed_on")
    LocalDate on;

    @Column(name = "claim_id")
    Long claimId;

    String reason;

    String category;

    @Column(name = "changed_by")
    String changedBy;

    protected InstitutionStatusChange() {
    }

    InstitutionStatusChange(TrainingInstitution institution, InstitutionStatus from, StatusChange change) {
        this.institution = institution;
        this.from = from;
        this.to = change.to();
        this.on = change.on();
        this.claimId = change.claimId();
        this.reason = change.reason();
        this.category = change.category();
        this.changedBy = change.actor();
    }

    public InstitutionStatus from() {
        return from;
    }

    public InstitutionStatus to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }

    public Long claimId() {
        return claimId;
    }

    public String changedBy() {
        return changedBy;
    }
}
