package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.plans.Indicator;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.reports.ReportApi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import gov.linzhi.tasks.reports.ReportApiReportViewBuilder;

class IndicatorProgressTest {

    private static final PlanApi.IndicatorView JOBS = new PlanApi.IndicatorView(7L, "开发就业岗位", "个", null,
            new BigDecimal("5000"), Indicator.Direction.HIGHER_IS_BETTER);

    private static ReportApi.ReportView report(ProgressReport.Kind kind, Period period, int version, long indicator, int value) {
        return ReportApiReportViewBuilder.builder()
                .id(1L)
                .taskId(1L)
                .taskCode("6.1")
                .department(new PlanApi.DepartmentRef(1L, "市人社局"))
                .kind(kind)
                .period(period)
                .periodLabel(period.label())
                .year(2020)
                .version(version)
                .current(true)
                .percentComplete(50)
                .narrative("按计划推进。")
                .indicatorValues(List.of(new ReportApi.ReportedValue(indicator, "开发就业岗位", "个", BigDecimal.valueOf(value))))
                .filedBy("王五")
                .filedOn(LocalDate.of(2020, 7, 1))
                .dueOn(LocalDate.of(2020, 7, 5))
                .late(false)
                .build();
    }

    @Test
    void theLatestOfficialValueCountsNotAContribution() {
        IndicatorProgress p = IndicatorProgress.of(List.of(JOBS), List.of(
                report(ProgressReport.Kind.OFFICIAL, Period.H1, 1, 7, 2600),
                report(ProgressReport.Kind.OFFICIAL, Period.H1, 2, 7, 3100),
                report(ProgressReport.Kind.CONTRIBUTION, Period.Q3, 1, 7, 4900),
                report(ProgressReport.Kind.OFFICIAL, Period.Q3, 1, 8, 1))).get(0);
        assertEquals(new BigDecimal("3100"), p.achieved());
        assertEquals(62, p.percentOfTarget());
        assertEquals(62, p.achievedBar());
        assertEquals(100, p.targetMark());
        assertEquals("已完成 3100个 / 目标 5000个（62%）", p.summary());
        assertEquals("2020年上半年报告（2020-07-01）", p.reportedIn());
    }

    @Test
    void beyondTheTargetTheBarIsFullAndTheTargetMarkMovesIn() {
        IndicatorProgress p = IndicatorProgress.of(JOBS, new BigDecimal("6250"), null);
        assertEquals(125, p.percentOfTarget());
        assertEquals(100, p.achievedBar());
        assertEquals(80, p.targetMark());
    }

    @Test
    void nothingReportedYet() {
        IndicatorProgress p = IndicatorProgress.of(List.of(JOBS), List.of()).get(0);
        assertNull(p.achieved());
        assertEquals(0, p.achievedBar());
        assertEquals("目标 5000个；尚无报告数值", p.summary());
    }

    @Test
    void lowerIsBetterSaysSo() {
        PlanApi.IndicatorView deaths = new PlanApi.IndicatorView(9L, "生产安全事故死亡人数", "人", new BigDecimal("12"),
                new BigDecimal("10"), Indicator.Direction.LOWER_IS_BETTER);
        assertEquals("最新值 8人 / 目标不高于 10人（80%）", IndicatorProgress.of(deaths, new BigDecimal("8"), null).summary());
    }
}
