package gov.linzhi.gazette.issues;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One imported version of a gazette issue. */
@Entity
@Table(name = "gazette_issue")
public class IssueEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    public int year;
    @Column(name = "issue_number")
    public int issueNumber;
    @Column(name = "cumulative_number")
    public Integer cumulativeNumber;
    public String frequency;
    public String supervisor;
    public String sponsor;
    /** JSON array of {role, value}. */
    public String editorial;
    @Column(name = "source_sha256")
    public String sourceSha256;
    @Column(name = "source_text")
    public String sourceText;
    public int version;
    @Column(name = "current_version")
    public boolean current;
    @Column(name = "superseded_by")
    public Long supersededBy;
    @Column(name = "imported_at")
    public Instant importedAt;
    @Column(name = "imported_by")
    public String importedBy;
}
