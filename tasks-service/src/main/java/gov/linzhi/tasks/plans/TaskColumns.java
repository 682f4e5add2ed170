package gov.linzhi.tasks.plans;

import gov.linzhi.platform.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns of the office's task spreadsheet (任务清单), as {@code GET /plans/{id}/export} writes them and a task
 * import reads them back: the task's own columns, which an import takes, then its latest report, which an import
 * leaves alone (reports are filed, not imported). Writing and reading are here together so that export → edit in
 * Excel → import gives back the same tasks.
 */
public final class TaskColumns {

    public static final String CODE = "任务编号";
    public static final String AREA = "所属方面";
    public static final String TEXT = "任务内容";
    public static final String SOURCE_DOCUMENT = "来源文件";
    public static final String SOURCE_REFERENCE = "来源条款";
    public static final String LEAD = "牵头单位";
    public static final String LEAD_BASIS = "牵头依据";
    public static final String CO_DEPARTMENTS = "协办单位";
    public static final String LEADER_POST = "责任市领导";
    public static final String DUE_ON = "完成时限";
    public static final String INDICATORS = "量化指标";

    /** The task's columns, in the export's order. */
    public static final List<String> TASK = List.of(CODE, AREA, TEXT, SOURCE_DOCUMENT, SOURCE_REFERENCE, LEAD, LEAD_BASIS,
            CO_DEPARTMENTS, LEADER_POST, DUE_ON, INDICATORS);
    /** The latest report's columns: exported for reading, skipped by an import. */
    public static final List<String> REPORT = List.of("最新报告期", "完成进度(%)", "进展情况", "存在问题", "下步打算", "指标报告值",
            "报送单位", "报送人", "报送日期", "是否逾期");
    /** Every column of the export. */
    public static final List<String> HEADERS = concat(TASK, REPORT);
    public static final List<String> REQUIRED = List.of(CODE, AREA, TEXT, LEAD);

    private static final String SOURCE_TEXT_LABEL = "原文明确";
    private static final String OFFICE_ASSIGNED_LABEL = "督查室指定";
    /** 接待游客≥1020万人次（基数864）: name, direction, target, unit, optional baseline. */
    private static final Pattern INDICATOR = Pattern.compile(
            "^(.+?)([≥≤])(-?\\d+(?:\\.\\d+)?)([^（(]*)(?:[（(]基数\\s*(-?\\d+(?:\\.\\d+)?)[^）)]*[）)])?$");

    private TaskColumns() {
    }

    /** Whether a header row is the export's (Chinese headers) rather than the API's CSV columns. */
    public static boolean isExportHeader(List<String> header) {
        return header.contains(CODE);
    }

    /** The problems of a header row: a required column missing, a column the spreadsheet does not have. */
    public static List<Problem.Violation> checkHeader(List<String> header, String label) {
        List<Problem.Violation> problems = new ArrayList<>();
        REQUIRED.stream().filter(c -> !header.contains(c))
                .forEach(c -> problems.add(new Problem.Violation(label, "missing column " + c)));
        Set<String> known = Set.copyOf(HEADERS);
        header.stream().filter(h -> !h.isBlank() && !known.contains(h))
                .forEach(h -> problems.add(new Problem.Violation(label, "unknown column " + h + " (the export's columns: "
                        + String.join("、", HEADERS) + ")")));
        return problems;
    }

    /** One row of the spreadsheet (cell text by header) as a task row; unreadable cells are added to {@code problems}. */
    public static TaskRow row(Map<String, String> cells, String label, List<Problem.Violation> problems) {
        String co = cell(cells, CO_DEPARTMENTS);
        return TaskRowBuilder.builder()
                .code(cell(cells, CODE))
                .area(cell(cells, AREA))
                .text(cell(cells, TEXT))
                .lead(cell(cells, LEAD))
                .leadBasis(leadBasis(cell(cells, LEAD_BASIS)))
                .coDepartments(co == null ? List.of() : Arrays.stream(co.split("[、;；,，]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList())
                .leaderPost(cell(cells, LEADER_POST))
                .dueOn(cell(cells, DUE_ON))
                .sourceDocumentNumber(cell(cells, SOURCE_DOCUMENT))
                .sourceReference(cell(cells, SOURCE_REFERENCE))
                .indicators(indicators(cell(cells, INDICATORS), label, problems))
                .build();
    }

    /** 原文明确 when the gazette text names the lead, 督查室指定 when the office assigned it. */
    public static String leadBasisLabel(Task.LeadBasis basis) {
        return basis == Task.LeadBasis.SOURCE_TEXT ? SOURCE_TEXT_LABEL : OFFICE_ASSIGNED_LABEL;
    }

    /** A task's indicators in one cell, separated by ；, each as {@code 名称≥目标单位（基数…）}. */
    public static String indicatorsText(List<Indicator> indicators) {
        return indicators.stream().map(TaskColumns::indicatorText).collect(Collectors.joining("；"));
    }

    static String indicatorText(Indicator i) {
        String text = i.name + (i.direction == Indicator.Direction.LOWER_IS_BETTER ? "≤" : "≥") + plain(i.target) + i.unit;
        return i.baseline == null ? text : text + "（基数" + plain(i.baseline) + "）";
    }

    private static List<TaskRow.IndicatorRow> indicators(String text, String label, List<Problem.Violation> problems) {
        List<TaskRow.IndicatorRow> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        for (String one : text.split("[；;]")) {
            String entry = one.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = INDICATOR.matcher(entry);
            if (!m.matches()) {
                problems.add(new Problem.Violation(label + ": " + INDICATORS, "not an indicator: " + entry
                        + " (write 名称≥目标单位, e.g. 开发就业岗位≥5000个, or 名称≤目标单位 when lower is better)"));
                continue;
            }
            rows.add(new TaskRow.IndicatorRow(m.group(1).strip(), m.group(4).strip(),
                    m.group(5) == null ? null : new BigDecimal(m.group(5)), new BigDecimal(m.group(3)),
                    m.group(2).equals("≤") ? Indicator.Direction.LOWER_IS_BETTER.name() : Indicator.Direction.HIGHER_IS_BETTER.name()));
        }
        return rows;
    }

    private static String leadBasis(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case SOURCE_TEXT_LABEL -> Task.LeadBasis.SOURCE_TEXT.name();
            case OFFICE_ASSIGNED_LABEL -> Task.LeadBasis.OFFICE_ASSIGNED.name();
            default -> text; // the API's own names pass; anything else is the checker's to refuse
        };
    }

    private static String cell(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
