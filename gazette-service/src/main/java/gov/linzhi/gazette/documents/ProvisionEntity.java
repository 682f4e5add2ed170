package gov.linzhi.gazette.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provision of a document, addressed by its stable path. */
@Entity
@Table(name = "provision")
public class ProvisionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public Long documentId;
    public int ordinal;
    public String path;
    @Column(name = "parent_path")
    public String parentPath;
    public int level;
    @Column(name = "number_label")
    public String number;
    public String heading;
    public String text;
    /** JSON array of {value, unit, text, context}. */
    public String quantities;
}
