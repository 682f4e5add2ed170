package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.Label;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A quantitative indicator of a task, e.g. 接待游客 万人次 864 → 1020, higher is better. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    /** Which way is better. */
    public enum Direction {
        @Label("越高越好（实际值达到或超过目标）")
        HIGHER_IS_BETTER,
        @Label("越低越好（实际值不超过目标）")
        LOWER_IS_BETTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    public BigDecimal baseline;

    @Column(nullable = false)
    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    public static Indicator of(String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {
        Indicator i = new Indicator();
        i.name = name;
        i.unit = unit;
        i.baseline = baseline;
        i.target = target;
        i.direction = direction;
        return i;
    }

    void copyFrom(Indicator other) {
        name = other.name;
        unit = other.unit;
        baseline = other.baseline;
        target = other.target;
        direction = other.direction;
    }
}
