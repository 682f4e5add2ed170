package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.DecisionView.CitationView;
import gov.linzhi.subsidy.statistics.StatisticsView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The statistics page: each plan year's approved training person-times against its target (chart and table),
 * and one year in detail by programme and level, all from {@code StatisticsService} as {@code GET /api/v1/statistics}.
 * {@code year} is null when the typed year is not one; {@code problem} then says so.
 */
public record StatisticsPageModel(List<PlanYear> plan, long planApproved, Integer planTarget, CitationView targetsCitation, TargetChart chart,
                                 StatisticsView year, String typedYear, String problem) {

    /** A plan year: its target, what was approved, and the share reached (null without a target). */
    public record PlanYear(int year, Integer target, long approved, BigDecimal amount, String reached) {
    }

    public static StatisticsPageModel of(List<StatisticsView> planYears, Integer planTarget, CitationView targetsCitation, StatisticsView year, String typedYear,
                                        String problem) {
        List<PlanYear> plan = planYears.stream()
                .map(s -> new PlanYear(s.year(), s.target(), s.approvedPersonTimes(), s.approvedAmount(), reached(s.approvedPersonTimes(), s.target())))
                .toList();
        long approved = plan.stream().mapToLong(PlanYear::approved).sum();
        TargetChart chart = TargetChart.of(plan.stream().map(p -> new TargetChart.Year(p.year(), p.target(), p.approved())).toList());
        return new StatisticsPageModel(plan, approved, planTarget, targetsCitation, chart, year, typedYear, problem);
    }

    public String planReached() {
        return reached(planApproved, planTarget);
    }

    /** What the chart says, for readers who cannot see it (aria-label). */
    public String chartSummary() {
        StringBuilder out = new StringBuilder("计划目标完成情况：");
        for (PlanYear p : plan) {
            out.append(p.year()).append("年目标").append(p.target() == null ? "未定" : p.target() + "人次")
                    .append("，已批准").append(p.approved()).append("人次；");
        }
        return out.toString();
    }

    private static String reached(long approved, Integer target) {
        if (target == null || target == 0) {
            return null;
        }
        return BigDecimal.valueOf(approved * 100).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
