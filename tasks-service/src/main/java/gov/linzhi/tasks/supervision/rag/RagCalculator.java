package gov.linzhi.tasks.supervision.rag;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The RAG rules, in plain Java:
 * <ul>
 *   <li>red when an official report whose due date has passed (strictly before {@code asOf}) is missing;</li>
 *   <li>otherwise the latest reported percentage is compared with the share of the year elapsed
 *       (from {@code from} to {@code to}): fewer than {@code amberAfter} points behind is green,
 *       from {@code amberAfter} to below {@code redAfter} points behind is amber, {@code redAfter} or more is red ("far behind");</li>
 *   <li>a period due within {@code dueSoonDays} days and not yet filed makes a task that is not red amber, naming
 *       the days left (临近报送时限（还剩 N 天）);</li>
 *   <li>a task with no report and none due yet is green.</li>
 * </ul>
 */
public final class RagCalculator {

    /** Thresholds in percentage points behind the time-elapsed expectation. */
    public record Thresholds(int amberAfter, int redAfter) {
        public Thresholds {
            if (amberAfter < 0 || redAfter <= amberAfter) {
                throw new IllegalArgumentException("need 0 <= amberAfter < redAfter, got " + amberAfter + ", " + redAfter);
            }
        }
    }

    /** One reporting period as seen on {@code asOf}, named as the plan's calendar names it. */
    public record PeriodState(String label, LocalDate dueOn, LocalDate filedOn) {
        public boolean missingOn(LocalDate asOf) {
            return filedOn == null && dueOn.isBefore(asOf);
        }

        /** Not filed, and due from {@code asOf} to {@code days} days after it. */
        public boolean dueWithin(LocalDate asOf, int days) {
            return filedOn == null && !dueOn.isBefore(asOf) && !dueOn.isAfter(asOf.plusDays(days));
        }
    }

    /** The verdict with its reason and the figures it rests on. */
    public record Assessment(Rag status, String reason, int expectedPercent, Integer reportedPercent) {
    }

    private final Thresholds thresholds;
    private final int dueSoonDays;

    /** @param dueSoonDays a period due within this many days and not filed makes the task amber (临近报送时限) */
    public RagCalculator(Thresholds thresholds, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        this.thresholds = thresholds;
        this.dueSoonDays = dueSoonDays;
    }

    /** Percentage of the span from {@code from} to {@code to} elapsed at the end of {@code asOf}, 0–100. */
    public static int expectedPercent(LocalDate from, LocalDate to, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        long elapsed = ChronoUnit.DAYS.between(from, asOf) + 1;
        if (total <= 0 || elapsed >= total) {
            return 100;
        }
        if (elapsed <= 0) {
            return 0;
        }
        return (int) Math.round(100.0 * elapsed / total);
    }

    public Assessment assess(LocalDate asOf, LocalDate from, LocalDate to, List<PeriodState> periods, Integer latestPercent) {
        int expected = expectedPercent(from, to, asOf);
        List<PeriodState> missing = periods.stream().filter(p -> p.missingOn(asOf)).toList();
        if (!missing.isEmpty()) {
            String which = missing.stream()
                    .map(p -> p.label() + "报告（应于" + p.dueOn() + "前报送）")
                    .collect(Collectors.joining("、"));
            return new Assessment(Rag.RED, "未按期报送：" + which, expected, latestPercent);
        }
        int behind = latestPercent == null ? 0 : expected - latestPercent;
        String figures = "应完成约" + expected + "%，报告完成" + latestPercent + "%";
        if (latestPercent != null && behind >= thresholds.redAfter()) {
            return new Assessment(Rag.RED, "严重滞后：落后" + behind + "个百分点（" + figures + "）", expected, latestPercent);
        }
        PeriodState soon = periods.stream().filter(p -> p.dueWithin(asOf, dueSoonDays))
                .min(java.util.Comparator.comparing(PeriodState::dueOn)).orElse(null);
        if (soon != null) {
            return new Assessment(Rag.AMBER, "临近报送时限（还剩 " + ChronoUnit.DAYS.between(asOf, soon.dueOn()) + " 天）："
                    + soon.label() + "报告应于" + soon.dueOn() + "前报送", expected, latestPercent);
        }
        if (latestPercent == null) {
            return new Assessment(Rag.GREEN, "尚无到期报告", expected, null);
        }
        if (behind >= thresholds.amberAfter()) {
            return new Assessment(Rag.AMBER, "进度滞后：落后" + behind + "个百分点（" + figures + "）", expected, latestPercent);
        }
        return new Assessment(Rag.GREEN, "按进度推进（" + figures + "）", expected, latestPercent);
    }
}
