package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.supervision.SupervisionApi;
import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The board's 缺报 heat map: one row per department that owes reports (leads, and counties where the plan has them
 * report), one column per reporting period due by the view's date, each cell the number of that department's
 * reports for that period still missing, shaded by how many (the number is always written in the cell).
 */
@TemplateData
public record MissingHeatMap(List<Column> columns, List<Row> rows) {

    /** A period of a plan year, in due-date order. */
    @TemplateData
    public record Column(String label, LocalDate dueOn) {
    }

    @TemplateData
    public record Cell(int missing) {
        /** heat-0 (none) … heat-3 (four or more), the stylesheet's shades. */
        public String shade() {
            return "heat-" + (missing == 0 ? 0 : missing == 1 ? 1 : missing <= 3 ? 2 : 3);
        }
    }

    @TemplateData
    public record Row(String department, List<Cell> cells, int total) {
    }

    /** Departments in {@code order} (the registry's, the notice's own order); any other after them by name. */
    public static MissingHeatMap of(SupervisionApi.View view, List<String> order) {
        Map<String, Column> columns = new TreeMap<>();
        Map<String, Map<String, Integer>> missing = new LinkedHashMap<>();
        for (SupervisionApi.TaskStatus s : view.tasks()) {
            for (SupervisionApi.PeriodStatus p : s.periods()) {
                count(columns, missing, s.lead().name(), p.year() + "年" + p.label(), p.dueOn(), p.state());
            }
            for (SupervisionApi.CountyReportStatus c : s.countyReports()) {
                count(columns, missing, c.department().name(), c.year() + "年" + c.label(), c.dueOn(), c.state());
            }
        }
        List<Column> ordered = columns.values().stream().sorted(Comparator.comparing(Column::dueOn).thenComparing(Column::label)).toList();
        List<Row> rows = new ArrayList<>();
        missing.forEach((department, byColumn) -> {
            List<Cell> cells = ordered.stream().map(c -> new Cell(byColumn.getOrDefault(c.label(), 0))).toList();
            rows.add(new Row(department, cells, cells.stream().mapToInt(Cell::missing).sum()));
        });
        rows.sort(Comparator.comparing((Row r) -> officialIndex(order, r.department())).thenComparing(Row::department));
        return new MissingHeatMap(ordered, rows);
    }

    private static void count(Map<String, Column> columns, Map<String, Map<String, Integer>> missing, String department,
                              String label, LocalDate dueOn, SupervisionApi.ReportState state) {
        if (state == SupervisionApi.ReportState.NOT_YET_DUE) {
            return;
        }
        columns.putIfAbsent(label, new Column(label, dueOn));
        missing.computeIfAbsent(department, k -> new LinkedHashMap<>())
                .merge(label, state == SupervisionApi.ReportState.MISSING ? 1 : 0, Integer::sum);
    }

    static int officialIndex(List<String> order, String department) {
        int i = order.indexOf(department);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
