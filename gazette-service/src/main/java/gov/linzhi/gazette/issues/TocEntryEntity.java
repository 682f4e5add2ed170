package gov.linzhi.gazette.issues;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of an issue's table of contents. */
@Entity
@Table(name = "toc_entry")
public class TocEntryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "issue_id")
    public Long issueId;
    public int ordinal;
    public String section;
    public String title;
    public int page;
    @Column(name = "document_id")
    public Long documentId;
}
