package gov.linzhi.tasks.reports;

import gov.linzhi.platform.domain.Label;
import gov.linzhi.tasks.departments.Department;
import gov.linzhi.tasks.plans.Task;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress report on a task for a period. Immutable once written: a correction is a new row with
 * the next version. It records the department (whose history it is) and the person who filed it.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    /** The lead department's official report, or a co-department's contribution. */
    public enum Kind {
        @Label("牵头单位的正式报告")
        OFFICIAL,
        @Label("配合单位的报送材料")
        CONTRIBUTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id", updatable = false)
    public Task task;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", updatable = false)
    public Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Period period;

    @Column(name = "report_year", nullable = false, updatable = false)
    public int year;

    @Column(nullable = false, updatable = false)
    public int version;

    /** SHA-256 of the Idempotency-Key it was filed with, or null. */
    @Column(name = "idempotency_key_hash", updatable = false)
    public String idempotencyKeyHash;

    /** SHA-256 of the task, department and body filed under that key. */
    @Column(name = "request_hash", updatable = false)
    public String requestHash;

    /** Required on an official report; a contribution may leave it out. */
    @Column(name = "percent_complete", updatable = false)
    public Integer percentComplete;

    @Column(nullable = false, updatable = false, length = 4000)
    public String narrative;

    @Column(updatable = false, length = 4000)
    public String problems;

    @Column(name = "next_steps", updatable = false, length = 4000)
    public String nextSteps;

    @Column(name = "filed_by", nullable = false, updatable = false)
    public String filedBy;

    @Column(name = "filed_on", nullable = false, updatable = false)
    public LocalDate filedOn;

    @Column(name = "filed_at", nullable = false, updatable = false)
    public Instant filedAt;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    public boolean late;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    public List<ReportIndicatorValue> indicatorValues = new ArrayList<>();

    public static List<ProgressReport> ofTask(Task task) {
        return list("task = ?1 order by year, period, kind, department.id, version", task);
    }
}
