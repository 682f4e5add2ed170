package gov.linzhi.tasks.plans;

import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.reports.ReportingCalendar;
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

/** One period of a plan's reporting calendar, as stored. */
@Entity
@Table(name = "plan_reporting_period")
public class PlanPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Period period;

    @Column(name = "label_zh", nullable = false)
    public String label;

    @Column(name = "due_month", nullable = false)
    public int dueMonth;

    @Column(name = "due_day", nullable = false)
    public int dueDay;

    @Column(name = "due_year_offset", nullable = false)
    public int yearOffset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportingCalendar.Basis basis;

    ReportingCalendar.Entry entry() {
        return new ReportingCalendar.Entry(period, label, java.time.MonthDay.of(dueMonth, dueDay), yearOffset, basis);
    }

    static PlanPeriod of(Plan plan, int seq, ReportingCalendar.Entry e) {
        PlanPeriod p = new PlanPeriod();
        p.plan = plan;
        p.seq = seq;
        p.period = e.period();
        p.label = e.label();
        p.dueMonth = e.due().getMonthValue();
        p.dueDay = e.due().getDayOfMonth();
        p.yearOffset = e.yearOffset();
        p.basis = e.basis();
        return p;
    }
}
