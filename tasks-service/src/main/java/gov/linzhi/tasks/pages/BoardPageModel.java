package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.supervision.SupervisionApi;
import gov.linzhi.tasks.supervision.rag.Rag;
import io.quarkus.qute.TemplateData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the supervision board shows: the form as typed (with problems next to its fields), the plans
 * to choose from, and, when the form is valid, the supervision view grouped for reading.
 */
@TemplateData
public record BoardPageModel(Form form, List<PlanOption> plans, Board board) {

    /** The date and plan fields exactly as typed, and the problem with each (null when fine). */
    @TemplateData
    public record Form(String asOf, String plan, String asOfError, String planError, String statusError) {
        public boolean hasErrors() {
            return asOfError != null || planError != null || statusError != null;
        }
    }

    /** Which tasks the list shows: those of one department (lead or co-department) and of one status; null for all. */
    @TemplateData
    public record Filter(String department, Rag status) {
        static final Filter NONE = new Filter(null, null);

        boolean keeps(SupervisionApi.TaskStatus s) {
            return (department == null || s.lead().name().equals(department) || s.coDepartments().contains(department))
                    && (status == null || s.status() == status);
        }

        public boolean active() {
            return department != null || status != null;
        }
    }

    @TemplateData
    public record PlanOption(long id, String code, String title, boolean selected) {
    }

    /** One area (领域) of the plan with its tasks in plan order. */
    @TemplateData
    public record AreaGroup(int seq, String name, List<TaskLine> tasks) {
        public long count(Rag rag) {
            return tasks.stream().filter(t -> t.status().status() == rag).count();
        }
    }

    /** A task row with its report periods as the office writes them (按时/逾期/未报/未到期). */
    @TemplateData
    public record TaskLine(SupervisionApi.TaskStatus status, List<String> periods) {
    }

    /**
     * The supervision view of one plan at one date: the tasks the filter keeps by area, the departments' scorecards
     * most red first (then in the registry's order), the leaders' scorecards, the 缺报 heat map, the training gauge.
     */
    @TemplateData
    public record Board(long planId, String planTitle, int startYear, int endYear, SupervisionApi.View view,
                        List<AreaGroup> areas, DepartmentChart chart, List<SupervisionApi.TaskStatus> flagged,
                        List<SupervisionApi.Scorecard> departmentScorecards, MissingHeatMap heatMap, TrainingGauge training,
                        Filter filter, List<TaskPageModel.Option> departmentOptions, List<TaskPageModel.Option> statusOptions,
                        int shownTasks) {

        public boolean inPlanYears() {
            return startYear <= view.year() && view.year() <= endYear;
        }

        /** The Excel workbook of this same view (the API's export, through the page session). */
        public String xlsxUrl() {
            return "/board/export?asOf=" + view.asOf() + "&plan=" + planId + "&format=xlsx";
        }

        /** A task's page, keeping the board's date so its status and the way back match. */
        public String taskUrl(Long taskId) {
            return "/tasks/" + taskId + "?asOf=" + URLEncoder.encode(view.asOf().toString(), StandardCharsets.UTF_8);
        }
    }

    static Board board(long planId, String planTitle, int startYear, int endYear, SupervisionApi.View view,
                       List<String> officialOrder, Filter filter, TrainingGauge training) {
        Map<Integer, List<TaskLine>> byArea = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        int shown = 0;
        for (SupervisionApi.TaskStatus s : view.tasks()) {
            names.putIfAbsent(s.areaSeq(), s.areaName());
            if (!filter.keeps(s)) {
                continue;
            }
            shown++;
            byArea.computeIfAbsent(s.areaSeq(), k -> new ArrayList<>())
                    .add(new TaskLine(s, s.periods().stream().map(p -> p.label() + "：" + ExportTables.stateLabel(p)).toList()));
        }
        List<AreaGroup> areas = byArea.entrySet().stream()
                .map(e -> new AreaGroup(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        List<SupervisionApi.TaskStatus> flagged = view.slowTasks().stream().filter(SupervisionApi.TaskStatus::flagged).toList();
        List<SupervisionApi.Scorecard> cards = view.departmentScorecards().stream()
                .sorted(Comparator.comparingInt(SupervisionApi.Scorecard::red).reversed()
                        .thenComparingInt(c -> MissingHeatMap.officialIndex(officialOrder, c.name()))
                        .thenComparing(SupervisionApi.Scorecard::name))
                .toList();
        Set<String> named = new java.util.HashSet<>();
        view.tasks().forEach(t -> {
            named.add(t.lead().name());
            named.addAll(t.coDepartments());
        });
        List<TaskPageModel.Option> departments = named.stream()
                .sorted(Comparator.comparingInt((String n) -> MissingHeatMap.officialIndex(officialOrder, n)).thenComparing(n -> n))
                .map(n -> new TaskPageModel.Option(n, n, n.equals(filter.department()))).toList();
        List<TaskPageModel.Option> statuses = java.util.Arrays.stream(Rag.values())
                .map(r -> new TaskPageModel.Option(r.name(), r.label(), r == filter.status())).toList();
        return new Board(planId, planTitle, startYear, endYear, view, areas,
                DepartmentChart.of(cards.stream().filter(c -> c.tasksLed() > 0).toList()), flagged, cards,
                MissingHeatMap.of(view, officialOrder), training, filter, departments, statuses, shown);
    }
}
