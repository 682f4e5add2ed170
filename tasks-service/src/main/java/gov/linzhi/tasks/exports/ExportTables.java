package gov.linzhi.tasks.exports;

import gov.linzhi.tasks.plans.Plan;
import gov.linzhi.tasks.plans.Task;
import gov.linzhi.tasks.plans.TaskColumns;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.supervision.SupervisionApi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The office's spreadsheets, with Chinese headers: the supervision view, and a plan with its latest reports. */
public final class ExportTables {

    /** The supervision sheet's columns before the reporting periods, which come from the plans' calendars. */
    public static final List<String> SUPERVISION_HEADERS = List.of("任务编号", "所属方面", "任务内容", "牵头单位", "协办单位",
            "责任市领导", "状态", "原因", "应完成进度(%)", "报告完成进度(%)");
    /** The supervision sheet's columns after the reporting periods. */
    public static final List<String> SUPERVISION_TRAILING_HEADERS = List.of("重点督办", "督办说明");

    /** The task spreadsheet's columns: the tasks' own, which an import reads back, then the latest report's. */
    public static final List<String> PLAN_HEADERS = TaskColumns.HEADERS;

    private ExportTables() {
    }

    public static List<Table> supervision(SupervisionApi.View view) {
        // one column per period the view shows, in the order the plans' calendars give them (上半年报告, 1月报告 …)
        java.util.LinkedHashSet<String> periodColumns = new java.util.LinkedHashSet<>();
        view.tasks().forEach(s -> s.periods().forEach(p -> periodColumns.add(p.label() + "报告")));
        List<List<Object>> rows = new ArrayList<>();
        for (SupervisionApi.TaskStatus s : view.tasks()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.code(), s.areaName(), s.text(), s.lead().name(),
                    String.join("、", s.coDepartments()), s.leaderPost(), s.status().label(), s.reason(),
                    s.expectedPercent(), s.reportedPercent()));
            java.util.Map<String, String> states = new java.util.HashMap<>();
            s.periods().forEach(p -> states.put(p.label() + "报告", stateLabel(p)));
            periodColumns.forEach(c -> row.add(states.getOrDefault(c, "")));
            row.add(s.flagged() ? "是" : "否");
            row.add(s.flagNote());
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(SUPERVISION_HEADERS);
        headers.addAll(periodColumns);
        headers.addAll(SUPERVISION_TRAILING_HEADERS);
        List<List<Object>> missing = new ArrayList<>();
        for (SupervisionApi.DepartmentMissing d : view.missingReports()) {
            for (SupervisionApi.MissingReport m : d.missing()) {
                missing.add(List.of(d.department().name(), m.taskCode(), m.taskText(), m.label(), m.dueOn().toString()));
            }
        }
        List<List<Object>> cards = new ArrayList<>();
        for (SupervisionApi.Scorecard c : view.departmentScorecards()) {
            cards.add(List.of(c.name(), c.tasksLed(), c.reportsDue(), c.reportsOnTime(), c.reportsLate(), c.reportsMissing(),
                    c.green(), c.amber(), c.red()));
        }
        return List.of(new Table("督查情况（截至" + view.asOf() + "）", headers, rows),
                new Table("缺报清单", List.of("牵头单位", "任务编号", "任务内容", "报告期", "应报日期"), missing),
                new Table("部门评分", List.of("单位", "牵头任务数", "应报次数", "按时报送", "逾期报送", "未报送", "绿", "黄", "红"), cards));
    }

    /** The 催报 list as one sheet: department, task, period, due date, 逾期/待报, days left. */
    public static List<Table> reminders(SupervisionApi.Reminders reminders) {
        List<List<Object>> rows = new ArrayList<>();
        for (SupervisionApi.DepartmentReminders d : reminders.departments()) {
            for (SupervisionApi.Reminder r : d.reminders()) {
                rows.add(List.of(d.department().name(), r.taskCode(), r.taskText(), r.label(), r.dueOn().toString(),
                        r.state() == SupervisionApi.ReminderState.OVERDUE ? "逾期未报" : "待报", r.daysLeft()));
            }
        }
        return List.of(new Table("催报清单（截至" + reminders.asOf() + "）",
                List.of("牵头单位", "任务编号", "任务内容", "报告期", "应报日期", "状态", "剩余天数"), rows));
    }

    /** Where a period's report stands, as the office writes it: 按时（date）, 逾期报送（date）, 未报, 未到期. */
    public static String stateLabel(SupervisionApi.PeriodStatus p) {
        return switch (p.state()) {
            case ON_TIME -> "按时（" + p.filedOn() + "）";
            case LATE -> "逾期报送（" + p.filedOn() + "）";
            case MISSING -> "未报";
            case NOT_YET_DUE -> "未到期";
        };
    }

    /** Whether the gazette text names the lead (原文明确) or the office assigned it (督查室指定). */
    public static String leadBasisLabel(Task.LeadBasis basis) {
        return TaskColumns.leadBasisLabel(basis);
    }

    /** One row per task with its latest official report (if any). */
    public static List<Table> plan(Plan plan, List<Task> tasks, Map<Long, ProgressReport> latest) {
        List<List<Object>> rows = new ArrayList<>();
        for (Task t : tasks) {
            ProgressReport r = latest.get(t.id);
            rows.add(Arrays.asList(t.code, t.area.name, t.text, t.sourceDocumentNumber, t.sourceReference, t.lead.name,
                    leadBasisLabel(t.leadBasis),
                    t.coDepartments.stream().map(d -> d.name).collect(Collectors.joining("、")), t.leaderPost,
                    t.dueOn.toString(), TaskColumns.indicatorsText(t.indicators),
                    r == null ? null : r.year + "年" + r.period.label() + (r.version > 1 ? "（第" + r.version + "版）" : ""),
                    r == null ? null : r.percentComplete, r == null ? null : r.narrative, r == null ? null : r.problems,
                    r == null ? null : r.nextSteps, r == null ? null : reported(r), r == null ? null : r.department.name, r == null ? null : r.filedBy,
                    r == null ? null : r.filedOn.toString(), r == null ? null : r.late ? "是" : "否"));
        }
        return List.of(new Table(plan.code, PLAN_HEADERS, rows));
    }

    private static String reported(ProgressReport r) {
        return r.indicatorValues.stream()
                .map(v -> v.indicator.name + " " + v.value.stripTrailingZeros().toPlainString() + v.indicator.unit)
                .collect(Collectors.joining("；"));
    }

}
