package gov.linzhi.tasks.reports;

import gov.linzhi.tasks.plans.Indicator;
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

/** The value of one indicator as reported in a progress report. */
@Entity
@Table(name = "report_indicator_value")
public class ReportIndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", updatable = false)
    public ProgressReport report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id", updatable = false)
    public Indicator indicator;

    @Column(nullable = false, updatable = false)
    public BigDecimal value;
}
