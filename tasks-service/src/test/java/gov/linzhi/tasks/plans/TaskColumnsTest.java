package gov.linzhi.tasks.plans;

import gov.linzhi.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskColumnsTest {

    private static Indicator indicator(String name, String unit, String baseline, String target, Indicator.Direction direction) {
        Indicator i = new Indicator();
        i.name = name;
        i.unit = unit;
        i.baseline = baseline == null ? null : new BigDecimal(baseline);
        i.target = new BigDecimal(target);
        i.direction = direction;
        return i;
    }

    private static TaskRow read(String indicators, List<Problem.Violation> problems) {
        Map<String, String> cells = new HashMap<>(Map.of(TaskColumns.CODE, "6.1", TaskColumns.AREA, "6", TaskColumns.TEXT, "开发就业岗位",
                TaskColumns.LEAD, "市人社局", TaskColumns.LEAD_BASIS, "督查室指定", TaskColumns.CO_DEPARTMENTS, "市财政局、 市教育局"));
        cells.put(TaskColumns.INDICATORS, indicators);
        return TaskColumns.row(cells, "row 2", problems);
    }

    @Test
    void indicatorsAreWrittenAndReadBackTheSame() {
        List<Indicator> written = List.of(indicator("接待游客", "万人次", "864", "1020", Indicator.Direction.HIGHER_IS_BETTER),
                indicator("居民消费价格涨幅", "%", "2.80", "3.4", Indicator.Direction.LOWER_IS_BETTER),
                indicator("开发就业岗位", "个", null, "5000", Indicator.Direction.HIGHER_IS_BETTER));
        String text = TaskColumns.indicatorsText(written);
        assertEquals("接待游客≥1020万人次（基数864）；居民消费价格涨幅≤3.4%（基数2.8）；开发就业岗位≥5000个", text);
        List<Problem.Violation> problems = new ArrayList<>();
        List<TaskRow.IndicatorRow> read = read(text, problems).indicators();
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(3, read.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(written.get(i).name, read.get(i).name());
            assertEquals(written.get(i).unit, read.get(i).unit());
            assertEquals(0, written.get(i).target.compareTo(read.get(i).target()));
            assertEquals(written.get(i).direction.name(), read.get(i).direction());
        }
        assertEquals(0, new BigDecimal("2.8").compareTo(read.get(1).baseline()));
        assertNull(read.get(2).baseline());
    }

    @Test
    void theExportsWordsBecomeTheApisValues() {
        TaskRow row = read(null, new ArrayList<>());
        assertEquals("OFFICE_ASSIGNED", row.leadBasis());
        assertEquals(List.of("市财政局", "市教育局"), row.coDepartments());
        assertTrue(row.indicators().isEmpty());
    }

    @Test
    void anUnreadableIndicatorIsAProblemNamingItsRowAndColumn() {
        List<Problem.Violation> problems = new ArrayList<>();
        read("六千个岗位；开发就业岗位≥5000个", problems);
        assertEquals(1, problems.size());
        assertEquals("row 2: 量化指标", problems.get(0).field());
        assertTrue(problems.get(0).message().startsWith("not an indicator: 六千个岗位"));
    }

    @Test
    void aHeaderRowIsCheckedForTheRequiredAndUnknownColumns() {
        List<Problem.Violation> problems = TaskColumns.checkHeader(List.of("任务编号", "任务内容", "备注", ""), "row 1");
        assertEquals(List.of("missing column 所属方面", "missing column 牵头单位"),
                problems.stream().map(Problem.Violation::message).filter(m -> m.startsWith("missing")).toList());
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("unknown column 备注")));
        assertTrue(TaskColumns.checkHeader(TaskColumns.HEADERS, "row 1").isEmpty());
    }
}
