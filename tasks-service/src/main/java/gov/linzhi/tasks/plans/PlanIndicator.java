package gov.linzhi.tasks.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One of a plan's own targets (二、目标任务), higher is better. */
@Entity
@Table(name = "plan_indicator")
public class PlanIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public BigDecimal target;

    /** The provision it was read from (e.g. 2). */
    @Column(name = "source_reference")
    public String sourceReference;
}
