package gov.linzhi.subsidy.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the statistics page's bar chart: for each year of the plan its target and its approved
 * person-times side by side, on one scale from zero. The template draws it as SVG; the numbers are in a table
 * beside it as well.
 */
public record TargetChart(int width, int height, int baseline, int left, List<Bar> bars, List<Tick> ticks, List<Group> groups) {

    static final int WIDTH = 720;
    static final int HEIGHT = 340;
    private static final int LEFT = 72;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final int BAR = 56;
    private static final int GAP = 8;

    /** One year's two figures; {@code target} null when the plan sets none. */
    public record Year(int year, Integer target, long approved) {
    }

    /** A bar, with its value written above it. */
    public record Bar(String kind, int x, int y, int width, int height, String value, int labelX, int labelY) {
    }

    /** A horizontal grid line and its figure on the axis. */
    public record Tick(int y, String label) {
    }

    /** A year's label under its bars. */
    public record Group(String label, int x) {
    }

    public static TargetChart of(List<Year> years) {
        long largest = 1;
        for (Year y : years) {
            largest = Math.max(largest, Math.max(y.approved(), y.target() == null ? 0 : y.target()));
        }
        long scale = roundUp(largest);
        int plot = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        int slot = (WIDTH - LEFT) / Math.max(1, years.size());
        List<Bar> bars = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Year y = years.get(i);
            int x = LEFT + i * slot + (slot - 2 * BAR - GAP) / 2;
            if (y.target() != null) {
                bars.add(bar("target", x, y.target(), scale, plot, baseline));
            }
            bars.add(bar("approved", x + BAR + GAP, y.approved(), scale, plot, baseline));
            groups.add(new Group(y.year() + "年", x + BAR + GAP / 2));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            long value = scale * step / 4;
            ticks.add(new Tick(baseline - (int) (plot * value / scale), Long.toString(value)));
        }
        return new TargetChart(WIDTH, HEIGHT, baseline, LEFT, bars, ticks, groups);
    }

    private static Bar bar(String kind, int x, long value, long scale, int plot, int baseline) {
        int height = (int) Math.round((double) plot * value / scale);
        return new Bar(kind, x, baseline - height, BAR, height, Long.toString(value), x + BAR / 2, baseline - height - 6);
    }

    /** The axis maximum: the largest figure rounded up to one significant digit (8500 → 9000), so ticks are round. */
    static long roundUp(long largest) {
        long unit = 1;
        while (unit * 10 <= largest) {
            unit *= 10;
        }
        return (largest + unit - 1) / unit * unit;
    }
}
