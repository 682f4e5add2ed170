package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.fileReport;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five tasks of a fresh plan, reports filed on fixed days, the view read at dates around the H1
 * deadline (07-05). On 07-06, 188 of 366 days of 2020 have passed: about 51% is expected.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class SupervisionTest {

    private long plan;
    private long onTrack;
    private long behind;
    private long farBehind;
    private long lateFiler;
    private long silent;

    @BeforeEach
    void planWithReports() {
        plan = newPlan("supervision");
        importCsv(plan, """
                code,area,text,lead,coDepartments
                6.1,6,开发就业岗位5000个,市人社局,各县（区）人民政府
                6.5,6,新开30所农牧区双语幼儿园,市教育局,
                2.2,2,地方公共财政预算收入增长17.6%,市财政局,市税务局
                10.5,10,建成保障性住房3828套,市住建局,各县（区）人民政府
                3.3,3,藏猪养殖规模达到70万头以上,市农业农村局,
                """);
        // the leads' reports only here: the counties' own reports (各县（区）, 9号) are PlanCalendarTest's
        given().auth().oauth2(Fixtures.supervisor()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("periods", given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/calendar")
                        .then().statusCode(200).extract().jsonPath().getList("periods"), "countiesReport", false))
                .put("/api/v1/plans/" + plan + "/calendar").then().statusCode(200);
        onTrack = taskId(plan, "6.1");
        behind = taskId(plan, "6.5");
        farBehind = taskId(plan, "2.2");
        lateFiler = taskId(plan, "10.5");
        silent = taskId(plan, "3.3");
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        assertEquals(201, fileReport("市人社局", "王五", onTrack, "H1", 55));
        assertEquals(201, fileReport("市教育局", "赵六", behind, "H1", 38));
        assertEquals(201, fileReport("市财政局", "钱七", farBehind, "H1", 10));
        MutableClock.setToday(LocalDate.of(2020, 7, 6));
        assertEquals(201, fileReport("市住建局", "孙八", lateFiler, "H1", 50));
    }

    private JsonPath view(String asOf) {
        return given().auth().oauth2(auditor()).queryParam("asOf", asOf).queryParam("planId", plan)
                .get("/api/v1/supervision").then().statusCode(200).extract().jsonPath();
    }

    private static String status(JsonPath v, long task) {
        return v.getString("tasks.find { it.taskId == " + task + " }.status");
    }

    @Test
    void onTheDueDateNothingIsMissingYet() {
        JsonPath v = view("2020-07-05");
        assertEquals(0, v.getInt("summary.missingReports"));
        assertEquals(List.of(), v.getList("missingReports"));
        assertEquals("GREEN", status(v, onTrack));
        // not yet filed and due today: amber, as three days before (tasks.reporting.due-soon-days)
        assertEquals("AMBER", status(v, silent));
        assertEquals("临近报送时限（还剩 0 天）：上半年报告应于2020-07-05前报送",
                v.getString("tasks.find { it.taskId == " + silent + " }.reason"));
        assertEquals("GREEN", status(view("2020-07-01"), silent), "four days before");
        assertEquals("AMBER", status(v, behind));
        assertEquals("RED", status(v, farBehind));
        assertEquals("NOT_YET_DUE", v.getString("tasks.find { it.taskId == " + lateFiler + " }.periods[0].state"));
    }

    @Test
    void theDaysBeforeADueDateAreAmberForWhatIsNotFiled() {
        JsonPath v = view("2020-07-02");
        assertEquals("AMBER", status(v, silent));
        assertEquals("临近报送时限（还剩 3 天）：上半年报告应于2020-07-05前报送",
                v.getString("tasks.find { it.taskId == " + silent + " }.reason"));
    }

    @Test
    void theDayAfterAMissingReportIsRedAndALateOneIsMarkedLate() {
        JsonPath v = view("2020-07-06");
        assertEquals(5, v.getInt("summary.tasks"));
        assertEquals(1, v.getInt("summary.missingReports"));
        assertEquals(1, v.getInt("summary.lateReports"));
        assertEquals("RED", status(v, silent));
        assertEquals("未按期报送：上半年报告（应于2020-07-05前报送）", v.getString("tasks.find { it.taskId == " + silent + " }.reason"));
        assertEquals("LATE", v.getString("tasks.find { it.taskId == " + lateFiler + " }.periods[0].state"));
        assertEquals("2020-07-06", v.getString("tasks.find { it.taskId == " + lateFiler + " }.periods[0].filedOn"));
        assertEquals("GREEN", status(v, lateFiler));
        assertEquals(List.of("市农业农村局"), v.getList("missingReports.department.name"));
        assertEquals(List.of("3.3"), v.getList("missingReports[0].missing.taskCode"));
        assertEquals(List.of("H1"), v.getList("missingReports[0].missing.period"));
        assertEquals("ON_TIME", v.getString("tasks.find { it.taskId == " + onTrack + " }.periods[0].state"));
        assertEquals("NOT_YET_DUE", v.getString("tasks.find { it.taskId == " + onTrack + " }.periods[1].state"));
    }

    @Test
    void ragFollowsTheTimeElapsed() {
        JsonPath v = view("2020-07-06");
        assertEquals(51, v.getInt("tasks.find { it.taskId == " + onTrack + " }.expectedPercent"));
        assertEquals("GREEN", status(v, onTrack));
        assertEquals("AMBER", status(v, behind));
        assertTrue(v.getString("tasks.find { it.taskId == " + behind + " }.reason").startsWith("进度滞后：落后13个百分点"));
        assertEquals("RED", status(v, farBehind));
        assertTrue(v.getString("tasks.find { it.taskId == " + farBehind + " }.reason").startsWith("严重滞后：落后41个百分点"));
        assertEquals(List.of("6.5", "2.2", "3.3").stream().sorted().toList(),
                v.getList("slowTasks.code", String.class).stream().sorted().toList());
        // By 10-01 the Q3 reports are overdue for everyone: every task is red.
        JsonPath october = view("2020-10-01");
        assertEquals(5, october.getInt("summary.red"));
        assertEquals(6, october.getInt("summary.missingReports"));
        // The plan runs in 2020 only: in 2021 it shows its final state, every report filed up to then counted.
        JsonPath after = view("2021-07-06");
        assertEquals(5, after.getInt("summary.tasks"));
        assertEquals(List.of(2020, 2020, 2020), after.getList("tasks.find { it.taskId == " + silent + " }.periods.year", Integer.class));
        assertEquals("MISSING", after.getString("tasks.find { it.taskId == " + silent + " }.periods[2].state"));
    }

    @Test
    void scorecardsPerDepartmentAndPerCityLeader() {
        JsonPath v = view("2020-07-06");
        assertEquals(1, v.getInt("departmentScorecards.find { it.name == '市住建局' }.reportsLate"));
        assertEquals(0, v.getInt("departmentScorecards.find { it.name == '市住建局' }.reportsOnTime"));
        assertEquals(1, v.getInt("departmentScorecards.find { it.name == '市农业农村局' }.reportsMissing"));
        assertEquals(1.0f, v.getFloat("departmentScorecards.find { it.name == '市农业农村局' }.shareRed"));
        assertEquals(1, v.getInt("departmentScorecards.find { it.name == '市人社局' }.tasksLed"));
        assertEquals(1, v.getInt("departmentScorecards.find { it.name == '市人社局' }.reportsOnTime"));
        // 市财政局 reports to 常务副市长; 市人社局 to the vice mayor for human resources.
        assertEquals(1, v.getInt("leaderScorecards.find { it.name == '常务副市长' }.red"));
        assertEquals(1, v.getInt("leaderScorecards.find { it.name == '副市长（分管人力资源社会保障）' }.green"));
    }

    @Test
    void aSupervisorFlagsASlowTaskAndClearsTheFlag() {
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("note", "上半年未报送，列入重点抽查督办"))
                .put("/api/v1/tasks/" + silent + "/flag").then().statusCode(200)
                .body("note", is("上半年未报送，列入重点抽查督办")).body("taskId", is((int) silent));
        JsonPath v = view("2020-07-06");
        assertEquals(true, v.getBoolean("slowTasks.find { it.taskId == " + silent + " }.flagged"));
        assertEquals("上半年未报送，列入重点抽查督办", v.getString("slowTasks.find { it.taskId == " + silent + " }.flagNote"));
        given().auth().oauth2(TestTokens.department("市农业农村局")).delete("/api/v1/tasks/" + silent + "/flag")
                .then().statusCode(403);
        given().auth().oauth2(supervisor()).delete("/api/v1/tasks/" + silent + "/flag").then().statusCode(204);
        given().auth().oauth2(supervisor()).delete("/api/v1/tasks/" + silent + "/flag").then().statusCode(404)
                .body("code", is("FLAG_NOT_FOUND"));
        assertEquals(false, view("2020-07-06").getBoolean("tasks.find { it.taskId == " + silent + " }.flagged"));
    }

    @Test
    void theSupervisionCsvOpensWithTheRightRows() throws Exception {
        byte[] bytes = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").queryParam("planId", plan)
                .queryParam("format", "csv").get("/api/v1/supervision/export")
                .then().statusCode(200).header("Content-Type", containsString("text/csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setHeader().get())) {
            assertEquals("任务编号", csv.getHeaderNames().get(0));
            assertTrue(csv.getHeaderNames().contains("牵头单位"));
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(5, rows.size());
            CSVRecord silentRow = rows.stream().filter(r -> r.get("任务编号").equals("3.3")).findFirst().orElseThrow();
            assertEquals("市农业农村局", silentRow.get("牵头单位"));
            assertEquals("红", silentRow.get("状态"));
            assertEquals("未报", silentRow.get("上半年报告"));
            CSVRecord late = rows.stream().filter(r -> r.get("任务编号").equals("10.5")).findFirst().orElseThrow();
            assertEquals("逾期报送（2020-07-06）", late.get("上半年报告"));
            assertTrue(late.get("协办单位").contains("巴宜区"));
        }
    }

    @Test
    void theSupervisionWorkbookOpensWithTheRightRows() throws Exception {
        byte[] bytes = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").queryParam("planId", plan)
                .queryParam("format", "xlsx").get("/api/v1/supervision/export")
                .then().statusCode(200).header("Content-Type", containsString("spreadsheetml"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet tasks = wb.getSheetAt(0);
            assertEquals("督查情况（截至2020-07-06）", tasks.getSheetName());
            assertEquals("任务编号", tasks.getRow(0).getCell(0).getStringCellValue());
            assertEquals("状态", tasks.getRow(0).getCell(6).getStringCellValue());
            assertEquals(5, tasks.getLastRowNum());
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= tasks.getLastRowNum(); i++) {
                Row r = tasks.getRow(i);
                codes.add(r.getCell(0).getStringCellValue());
                if (r.getCell(0).getStringCellValue().equals("2.2")) {
                    assertEquals("红", r.getCell(6).getStringCellValue());
                    assertEquals(10.0, r.getCell(9).getNumericCellValue());
                }
            }
            assertEquals(List.of("2.2", "3.3", "6.1", "6.5", "10.5"), codes);
            Sheet missing = wb.getSheet("缺报清单");
            assertEquals(1, missing.getLastRowNum());
            assertEquals("市农业农村局", missing.getRow(1).getCell(0).getStringCellValue());
            assertEquals("上半年", missing.getRow(1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void thePlanExportCarriesTheLatestReport() throws Exception {
        MutableClock.setToday(LocalDate.of(2020, 7, 7));
        assertEquals(201, fileReport("市教育局", "周九", behind, "H1", 42));
        byte[] bytes = given().auth().oauth2(auditor()).queryParam("format", "xlsx").get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals("完成进度(%)", headers.get(12));
            assertEquals(5, sheet.getLastRowNum());
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(0).getStringCellValue().equals("6.5")) {
                    row = sheet.getRow(i);
                }
            }
            assertEquals("2020年上半年（第2版）", row.getCell(11).getStringCellValue());
            assertEquals(42.0, row.getCell(12).getNumericCellValue());
            assertEquals("周九", row.getCell(18).getStringCellValue());
            assertEquals("市教育局", row.getCell(17).getStringCellValue());
        }
        String csv = given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/export").then().statusCode(200)
                .extract().asString();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.EXCEL.builder().setHeader().get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(5, rows.size());
            assertEquals("原文明确", rows.get(0).get("牵头依据"));
            assertEquals("2.2", rows.get(0).get("任务编号"));
            assertEquals("10", rows.get(0).get("完成进度(%)"));
        }
        given().auth().oauth2(auditor()).queryParam("format", "pdf").get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("VALIDATION_FAILED"));
    }

    @Test
    void badParametersAreProblems() {
        given().auth().oauth2(auditor()).queryParam("asOf", "2020-13-40").get("/api/v1/supervision")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("asOf"));
        given().auth().oauth2(auditor()).queryParam("planId", 999999).get("/api/v1/supervision")
                .then().statusCode(404).body("code", is("PLAN_NOT_FOUND"));
        given().get("/api/v1/supervision").then().statusCode(401);
        given().auth().oauth2(auditor()).queryParam("planId", "abc").get("/api/v1/supervision")
                .then().statusCode(400).body("violations[0].field", is("planId"));
        given().auth().oauth2(auditor()).queryParam("year", "1999").get("/api/v1/supervision/training-target")
                .then().statusCode(400).body("violations[0].field", is("year"));
        given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").get("/api/v1/supervision")
                .then().statusCode(200).body("planId", is((Object) null)).body("asOf", is("2020-07-06"))
                .body("tasks.planId", org.hamcrest.Matchers.hasItem((int) plan));
    }

    @Test
    void theTrainingTargetShowsProgressOrSaysUnavailable() {
        given().auth().oauth2(auditor()).queryParam("year", 2020).get("/api/v1/supervision/training-target")
                .then().statusCode(200).body("status", is("available")).body("target", is(7000))
                .body("approvedPersonTimes", is(3500)).body("percentOfTarget", is(50.0f))
                .body("documentNumber", is("林政办发〔2020〕5号"));
        given().auth().oauth2(auditor()).queryParam("year", 2021).get("/api/v1/supervision/training-target")
                .then().statusCode(200).body("status", is("unavailable")).body("target", is(8500))
                .body("approvedPersonTimes", is((Object) null));
    }
}
