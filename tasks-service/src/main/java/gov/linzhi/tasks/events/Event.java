package gov.linzhi.tasks.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something other systems may want to know happened: a report filed, a task flagged, a plan imported. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    /** The kinds of event, as their {@code type} reads. */
    public static final String REPORT_FILED = "report.filed";
    public static final String TASK_FLAGGED = "task.flagged";
    public static final String PLAN_IMPORTED = "plan.imported";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String subject;

    /** The event as JSON, its own id included: what a webhook receives and the feed summarises. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
