package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.supervision.rag.Rag;
import gov.linzhi.tasks.supervision.SupervisionApi;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the board's chart: one stacked horizontal bar per lead department (green, amber,
 * red task counts), laid out in SVG user units. The template draws it; the counts come from the
 * supervision view's department scorecards, the same figures the table under the chart shows.
 */
@TemplateData
public record DepartmentChart(List<Row> rows, int width, int height, int barStart, int barWidth, int legendY) {

    /** Room on the left for department names (up to about ten Chinese characters at 15px). */
    static final int LABEL_WIDTH = 170;
    static final int BAR_WIDTH = 520;
    /** Room on the right for the text of the counts, e.g. "绿 2 · 黄 1 · 红 3". */
    static final int COUNTS_WIDTH = 170;
    static final int TOP = 34;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 20;
    /** Narrower segments get no count inside them (the text at the end of the row still has it). */
    static final int MIN_LABELLED_SEGMENT = 22;

    /** One segment of a bar. */
    @TemplateData
    public record Segment(Rag status, int count, int x, int width, boolean labelled) {
        public int textX() {
            return x + width / 2;
        }
    }

    /** One department's bar. */
    @TemplateData
    public record Row(String department, int green, int amber, int red, int y, List<Segment> segments) {
        public int total() {
            return green + amber + red;
        }

        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }
    }

    public static DepartmentChart of(List<SupervisionApi.Scorecard> cards) {
        int max = cards.stream().mapToInt(c -> c.green() + c.amber() + c.red()).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (SupervisionApi.Scorecard c : cards) {
            List<Segment> segments = new ArrayList<>();
            int x = LABEL_WIDTH;
            int counted = 0;
            for (Rag rag : List.of(Rag.GREEN, Rag.AMBER, Rag.RED)) {
                int count = switch (rag) {
                    case GREEN -> c.green();
                    case AMBER -> c.amber();
                    case RED -> c.red();
                };
                if (count == 0) {
                    continue;
                }
                counted += count;
                // Ends are rounded from the running total so the segments always add up to the bar.
                int end = LABEL_WIDTH + (int) Math.round((double) BAR_WIDTH * counted / max);
                segments.add(new Segment(rag, count, x, end - x, end - x >= MIN_LABELLED_SEGMENT));
                x = end;
            }
            rows.add(new Row(c.name(), c.green(), c.amber(), c.red(), y, segments));
            y += ROW_HEIGHT;
        }
        return new DepartmentChart(rows, LABEL_WIDTH + BAR_WIDTH + COUNTS_WIDTH, y + 6, LABEL_WIDTH, BAR_WIDTH, 18);
    }

    /** Where department names end (they are right-aligned against their bar). */
    public int labelX() {
        return barStart - 8;
    }

    /** Where the text of a row's counts starts: just after the longest possible bar. */
    public int countsX() {
        return barStart + barWidth + 10;
    }

    /* The legend above the bars: a swatch and its text per colour, left to right. */
    public int legendGreenX() {
        return barStart + 20;
    }

    public int legendAmberRectX() {
        return barStart + 140;
    }

    public int legendAmberX() {
        return barStart + 160;
    }

    public int legendRedRectX() {
        return barStart + 280;
    }

    public int legendRedX() {
        return barStart + 300;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
