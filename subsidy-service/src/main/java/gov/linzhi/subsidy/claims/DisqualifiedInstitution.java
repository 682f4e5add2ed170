package gov.linzhi.subsidy.claims;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A training institution disqualified after a fraudulent claim (7.17). */
@Entity
@Table(name = "disqualified_institution")
public class DisqualifiedInstitution extends PanacheEntityBase {
    @Id
    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    @Column(name = "claim_id")
    public Long claimId;

    public String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public ClawbackCategory category;

    @Column(name = "disqualified_at", insertable = false, updatable = false)
    public Instant disqualifiedAt;

    @Column(name = "disqualified_by")
    public String disqualifiedBy;
}
