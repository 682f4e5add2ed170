package gov.linzhi.gazette.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A change to apply to the search index, written in the same transaction as the data. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntity extends PanacheEntityBase {
    /** Operations on the index. */
    public static final String UPSERT = "UPSERT";
    public static final String DELETE = "DELETE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public Long documentId;
    public String operation;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Records that a document changed. */
    public static void record(Long documentId, String operation, Instant now) {
        OutboxEntity e = new OutboxEntity();
        e.documentId = documentId;
        e.operation = operation;
        e.createdAt = now;
        e.persist();
    }
}
