package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board as the office works in it: departments most red first and then in the registry's order, the task
 * list filtered by department and status, the leaders' scorecards, the 缺报 heat map (counties included where
 * the plan has them report) and the training target's gauge with subsidy-service's figure.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class BoardTest {

    private long plan;

    @BeforeEach
    void planOnTheDayAfterTheFirstDueDate() {
        plan = newPlan("board");
        importCsv(plan, """
                code,area,text,lead,coDepartments
                6.1,6,开发就业岗位5000个,市人社局,各县（区）人民政府
                6.2,6,城镇新增就业3000人,市人社局,
                6.5,6,新开30所农牧区双语幼儿园,市教育局,
                3.3,3,藏猪养殖规模达到70万头以上,市农业农村局,
                3.4,3,建设高标准农田5万亩,市农业农村局,市财政局
                """);
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        assertEquals(201, Fixtures.fileReport("市人社局", "王五", taskId(plan, "6.1"), "H1", 50));
        assertEquals(201, Fixtures.fileReport("市人社局", "王五", taskId(plan, "6.2"), "H1", 50));
        MutableClock.setToday(LocalDate.of(2020, 7, 6));
    }

    private String board(String query) {
        return given().cookie(Fixtures.pageCookie(), Fixtures.pageSession(supervisor()))
                .get("/?plan=" + plan + "&asOf=2020-07-06" + query).then().statusCode(200).extract().asString();
    }

    private static List<String> rowHeads(String html, String tableClass) {
        int start = html.indexOf("<table class=\"" + tableClass + "\">");
        assertTrue(start >= 0, "no table " + tableClass);
        String table = html.substring(start, html.indexOf("</table>", start));
        List<String> heads = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"row\">([^<]+)</th>").matcher(table);
        while (m.find()) {
            heads.add(m.group(1));
        }
        return heads;
    }

    @Test
    void departmentsAreListedMostRedFirstThenInTheRegistrysOrder() {
        String html = board("");
        List<String> order = rowHeads(html, "scorecards");
        // 市农业农村局 has two red tasks, 市教育局 one; 市人社局 and the counties none, in the registry's order
        assertEquals(List.of("市农业农村局", "市教育局"), order.subList(0, 2));
        assertEquals("市人社局", order.get(2), order.toString());
        List<String> leaders = rowHeads(html, "scorecards leaders");
        JsonPath api = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").queryParam("planId", plan)
                .get("/api/v1/supervision").jsonPath();
        assertEquals(api.getList("leaderScorecards.name"), leaders);
        assertFalse(leaders.isEmpty());
    }

    @Test
    void theTaskListIsFilteredByDepartmentAndStatus() {
        String byDepartment = board("&department=市农业农村局");
        assertTrue(byDepartment.contains("显示 2 / 5 项任务"), byDepartment);
        assertTrue(byDepartment.contains("藏猪养殖规模") && !byDepartment.contains(">新开30所农牧区双语幼儿园</a>"), byDepartment);
        assertTrue(byDepartment.contains("<option value=\"市农业农村局\" selected>"), "the choice is kept");
        // a co-department's tasks are its own too
        assertTrue(board("&department=市财政局").contains("显示 1 / 5 项任务"));
        String red = board("&status=RED");
        assertTrue(red.contains("显示 3 / 5 项任务"), red);
        assertTrue(board("&status=RED&department=市教育局").contains("显示 1 / 5 项任务"));
        String none = board("&status=GREEN&department=市教育局");
        assertTrue(none.contains("没有符合筛选条件的任务。"), none);
        String bad = given().cookie(Fixtures.pageCookie(), Fixtures.pageSession(supervisor()))
                .get("/?plan=" + plan + "&asOf=2020-07-06&status=PURPLE").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("id=\"status-error\">没有这个状态"), bad);
    }

    @Test
    void theHeatMapCountsEachDepartmentsMissingReportsPerPeriod() {
        String html = board("");
        int start = html.indexOf("<table class=\"heat-map\">");
        assertTrue(start >= 0, html);
        String map = html.substring(start, html.indexOf("</table>", start));
        assertTrue(map.contains("<th scope=\"col\" class=\"num\">2020年上半年</th>"), map);
        assertTrue(map.contains("<th scope=\"row\">市农业农村局</th><td class=\"num heat-2\">2</td>"), map);
        assertTrue(map.contains("<th scope=\"row\">市人社局</th><td class=\"num heat-0\">0</td>"), map);
        // 9号 has the counties report on the tasks they co-own: each owes its H1 report on 6.1
        assertTrue(map.contains("<th scope=\"row\">巴宜区</th><td class=\"num heat-1\">1</td>"), map);
    }

    @Test
    void theTrainingTargetIsAGaugeWithSubsidyServicesFigure() {
        JsonPath target = given().auth().oauth2(auditor()).queryParam("year", 2020).get("/api/v1/supervision/training-target").jsonPath();
        String html = board("");
        assertTrue(html.contains("<svg class=\"training-gauge\""), html);
        assertTrue(html.contains("已审核通过补贴性培训 " + target.getLong("approvedPersonTimes") + " 人次，2020 年目标 "
                + target.getInt("target") + " 人次"), html);
        assertTrue(html.contains(">" + target.getDouble("percentOfTarget") + "%</text>"), html);
    }
}
