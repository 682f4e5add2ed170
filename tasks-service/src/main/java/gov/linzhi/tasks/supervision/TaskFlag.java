package gov.linzhi.tasks.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 重点抽查督办: a supervisor's flag on a task with a note; unflagging deletes it. */
@Entity
@Table(name = "task_flag")
public class TaskFlag extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public Long taskId;

    @Column(nullable = false, length = 1000)
    public String note;

    @Column(name = "flagged_by", nullable = false)
    public String flaggedBy;

    @Column(name = "flagged_on", nullable = false)
    public LocalDate flaggedOn;
}
