package gov.linzhi.tasks.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A system that wants events POSTed to it, signed with a secret only it and this service know. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String url;

    /** The HMAC-SHA256 key of the signatures, shown once when the subscription is made. */
    @Column(nullable = false)
    public String secret;

    /** The event types it wants, comma-separated; null for every type. */
    @Column(name = "event_types")
    public String eventTypes;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean wants(String type) {
        return eventTypes == null || types().contains(type);
    }

    public List<String> types() {
        return eventTypes == null ? List.of() : Arrays.asList(eventTypes.split(","));
    }
}
