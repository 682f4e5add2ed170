package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.plans.Indicator;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.reports.ReportApi;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's target against what the lead department last reported for it (the latest official
 * report by year, period and version that carries a value), with the bar's geometry in percent of
 * the larger of the two so that neither runs off the bar.
 */
@TemplateData
public record IndicatorProgress(PlanApi.IndicatorView indicator, BigDecimal achieved, String reportedIn,
                                Integer percentOfTarget, int achievedBar, int targetMark) {

    private static final Comparator<ReportApi.ReportView> LATEST = Comparator.comparing(ReportApi.ReportView::year)
            .thenComparing(ReportApi.ReportView::period).thenComparing(ReportApi.ReportView::version);

    public static List<IndicatorProgress> of(List<PlanApi.IndicatorView> indicators, List<ReportApi.ReportView> history) {
        List<IndicatorProgress> out = new ArrayList<>();
        for (PlanApi.IndicatorView i : indicators) {
            Optional<ReportApi.ReportView> latest = history.stream()
                    .filter(r -> r.kind() == ProgressReport.Kind.OFFICIAL)
                    .filter(r -> r.indicatorValues().stream().anyMatch(v -> v.indicatorId().equals(i.id())))
                    .max(LATEST);
            BigDecimal achieved = latest.flatMap(r -> r.indicatorValues().stream()
                    .filter(v -> v.indicatorId().equals(i.id())).findFirst()).map(ReportApi.ReportedValue::value).orElse(null);
            String reportedIn = latest.map(r -> r.year() + "年" + r.periodLabel() + "报告（" + r.filedOn() + "）").orElse(null);
            out.add(of(i, achieved, reportedIn));
        }
        return out;
    }

    static IndicatorProgress of(PlanApi.IndicatorView i, BigDecimal achieved, String reportedIn) {
        BigDecimal target = i.target();
        Integer percent = achieved == null || target.signum() <= 0 ? null
                : achieved.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
        BigDecimal scale = achieved == null || achieved.compareTo(target) < 0 ? target : achieved;
        int achievedBar = achieved == null || scale.signum() <= 0 || achieved.signum() <= 0 ? 0 : share(achieved, scale);
        int targetMark = scale.signum() <= 0 ? 100 : share(target, scale);
        return new IndicatorProgress(i, achieved, reportedIn, percent, achievedBar, targetMark);
    }

    private static int share(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }

    public boolean lowerIsBetter() {
        return indicator.direction() == Indicator.Direction.LOWER_IS_BETTER;
    }

    /** The target mark, kept inside the bar when the target is the bar's end. */
    public double targetMarkX() {
        return Math.min(targetMark, 99.2);
    }

    public String baselineText() {
        return indicator.baseline() == null ? null : plain(indicator.baseline()) + indicator.unit();
    }

    public String targetText() {
        return plain(indicator.target()) + indicator.unit();
    }

    public String achievedText() {
        return achieved == null ? null : plain(achieved) + indicator.unit();
    }

    /** The bar's figures as one sentence, for its accessible name and for the text beside it. */
    public String summary() {
        String goal = (lowerIsBetter() ? "目标不高于 " : "目标 ") + targetText();
        if (achieved == null) {
            return goal + "；尚无报告数值";
        }
        return (lowerIsBetter() ? "最新值 " : "已完成 ") + achievedText() + " / " + goal
                + (percentOfTarget == null ? "" : "（" + percentOfTarget + "%）");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
