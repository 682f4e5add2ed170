package gov.linzhi.gazette.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A document of an issue (with text, or only listed in the table of contents). */
@Entity
@Table(name = "gazette_document")
public class DocumentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "issue_id")
    public Long issueId;
    public int ordinal;
    public String title;
    @Column(name = "title_key")
    public String titleKey;
    public String category;
    @Column(name = "issuing_authority")
    public String issuingAuthority;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    public String genre;
    public String recipients;
    public String subtitle;
    public Integer page;
    @Column(name = "has_text")
    public boolean hasText;
    public String markdown;
    @Column(name = "published_by_id")
    public Long publishedById;
    @Column(name = "current_version")
    public boolean current;
}
