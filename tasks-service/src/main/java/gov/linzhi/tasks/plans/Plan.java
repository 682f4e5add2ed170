package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.Label;
import gov.linzhi.tasks.reports.ReportingCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plan with areas and tasks, e.g. 2020年《政府工作报告》任务分解方案 or the vocational plan 2019–2021. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    /** How the plan came into the service. */
    public enum Origin {
        @Label("随系统提供的分解方案")
        SHIPPED_DATA,
        @Label("从公报导入")
        GAZETTE_IMPORT,
        @Label("督查室录入")
        OFFICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "source_document_number")
    public String sourceDocumentNumber;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("seq")
    public List<PlanArea> areas = new ArrayList<>();

    /** The day the plan was issued (印发): nothing is owed before it. Null when unknown. */
    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** Whether each county government co-owning a task reports on it as well as the lead (各县（区）); null: not yet said. */
    @Column(name = "counties_report")
    public Boolean countiesReport;

    /** The plan's own targets (二、目标任务), in the document's order. */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<PlanIndicator> indicators = new ArrayList<>();

    /** Replaces the plan's own targets with those a document states at {@code sourceReference}. */
    public void replaceIndicators(List<IndicatorRules.Target> targets, String sourceReference) {
        indicators.clear();
        for (int i = 0; i < targets.size(); i++) {
            PlanIndicator p = new PlanIndicator();
            p.plan = this;
            p.seq = i + 1;
            p.name = targets.get(i).name();
            p.unit = targets.get(i).unit();
            p.target = targets.get(i).target();
            p.sourceReference = sourceReference;
            indicators.add(p);
        }
    }

    /** The plan's reporting calendar, in order. */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = jakarta.persistence.FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @OrderBy("seq")
    List<PlanPeriod> calendar = new ArrayList<>();

    /** The calendar the plan is supervised on. */
    public ReportingCalendar reportingCalendar() {
        // distinct: a join that fetches the plan with its calendar can repeat a period row
        return new ReportingCalendar(calendar.stream().distinct().map(PlanPeriod::entry).toList(), issuedOn);
    }

    public boolean countiesReport() {
        return Boolean.TRUE.equals(countiesReport);
    }

    public boolean hasCalendar() {
        return !calendar.isEmpty();
    }


    /** Empties the calendar: the old periods go before new ones take their (plan, period) places. */
    void clearCalendar() {
        calendar.clear();
    }

    /** Replaces the calendar (checked as a whole first: at least one period, none twice). */
    public void replaceCalendar(List<ReportingCalendar.Entry> entries) {
        new ReportingCalendar(entries, issuedOn);
        calendar.clear();
        for (int i = 0; i < entries.size(); i++) {
            calendar.add(PlanPeriod.of(this, i + 1, entries.get(i)));
        }
    }

    public static Optional<Plan> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<PlanArea> area(int seq) {
        return areas.stream().filter(a -> a.seq == seq).findFirst();
    }
}
