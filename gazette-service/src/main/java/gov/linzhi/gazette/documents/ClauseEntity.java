package gov.linzhi.gazette.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A responsibility clause (责任单位：…) of a provision. */
@Entity
@Table(name = "responsibility_clause")
public class ClauseEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "provision_id")
    public Long provisionId;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "raw_text")
    public String rawText;
    @Column(name = "lead_department")
    public String lead;
}
