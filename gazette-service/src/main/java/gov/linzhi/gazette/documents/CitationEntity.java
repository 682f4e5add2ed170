package gov.linzhi.gazette.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A citation in a provision; {@code targetDocumentId} is set when it resolves to a stored document. */
@Entity
@Table(name = "citation")
public class CitationEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "provision_id")
    public Long provisionId;
    public int ordinal;
    public String kind;
    @Column(name = "cited_text")
    public String citedText;
    public String normalized;
    @Column(name = "target_document_id")
    public Long targetDocumentId;
}
