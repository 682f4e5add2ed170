package gov.linzhi.subsidy.rulesets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A stored rule-set version (canonical JSON of the checked document). */
@Entity
@Table(name = "rule_set_version")
public class RuleSetVersionRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String version;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    /** BUILT_IN (from the service's resources) or API (loaded by an officer). */
    public String source;

    /** The checked document as canonical JSON (with its policy cases): what every instance loads. */
    public String content;

    /** The text as it was loaded (YAML or JSON); null for a version stored before texts were kept. */
    @Column(name = "source_text")
    public String sourceText;

    public String sha256;

    @Column(name = "loaded_at", insertable = false, updatable = false)
    public Instant loadedAt;

    @Column(name = "loaded_by")
    public String loadedBy;
}
