package gov.linzhi.subsidy.claims;

import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.Programme;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded claim and the decision made on it. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public PersonRecord person;

    /** The keyed hash of the Idempotency-Key ({@code PersonDataCrypto#idempotencyKeyHash}), never the key. */
    @Column(name = "idempotency_key_hash", nullable = false)
    public String idempotencyKeyHash;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public Programme.Family family;

    public String occupation;

    @Column(name = "occupation_key")
    public String occupationKey;

    @Column(name = "level_key")
    public String levelKey;

    @Column(name = "training_year")
    public int trainingYear;

    @Column(name = "training_completed_on")
    public LocalDate trainingCompletedOn;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "project_id")
    public Long projectId;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public BigDecimal amount;

    @Column(name = "advance_amount")
    public BigDecimal advanceAmount;

    @Column(name = "transport_allowance")
    public BigDecimal transportAllowance;

    @Column(name = "rule_set_version")
    public String ruleSetVersion;

    /** The request without the resident ID, with appliedOn resolved: enough to replay the decision. */
    @Column(name = "request_json")
    public String requestJson;

    /** The decision as storage keeps it: a {@link DecisionRecord} of a stated format. */
    @Column(name = "decision_json")
    public String decisionJson;

    /** Who is paid (6.12 个人未领取补贴 reads whether the person was paid personally). */
    @Enumerated(EnumType.STRING)
    public Payee payee;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "clawed_back_at")
    public Instant clawedBackAt;

    @Column(name = "clawed_back_by")
    public String clawedBackBy;

    @Column(name = "clawback_reason")
    public String clawbackReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "clawback_category")
    public ClawbackCategory clawbackCategory;

    /** Approved and not clawed back: counts for limits and statistics. */
    public boolean counts() {
        return status == ClaimStatus.APPROVED && clawedBackAt == null;
    }
}
