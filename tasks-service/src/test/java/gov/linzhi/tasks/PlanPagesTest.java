package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan's page: the office edits the reporting calendar there (rows as typed kept, the API's rules beside the
 * row), and uploads the task list it downloaded and edited; every other reader sees the calendar and the
 * downloads only, and may not post either form.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class PlanPagesTest {


    private long plan;
    private final String office = supervisor();

    @BeforeEach
    void aPlanOnTheWorkReportCalendar() {
        plan = newPlan("plan-page");
        importCsv(plan, """
                code,area,text,lead
                6.1,6,开发就业岗位5000个,市人社局
                """);
    }

    private static RequestSpecification as(String token) {
        return given().redirects().follow(false).config(Fixtures.BROWSER_FORMS)
                .cookie(Fixtures.pageCookie(), Fixtures.pageSession(token));
    }

    private JsonPath calendar() {
        return given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/calendar").then().statusCode(200).extract().jsonPath();
    }

    /** The calendar form as the page shows it: the plan's three periods and two empty rows. */
    private Map<String, String> calendarForm(String html) {
        Map<String, String> f = new HashMap<>(Map.of("csrf", Fixtures.formToken(html), "rows", "5"));
        String[][] rows = {{"H1", "上半年", "07-05"}, {"Q3", "前三季度", "09-30"}, {"ANNUAL", "全年", "12-15"}};
        for (int i = 0; i < rows.length; i++) {
            f.put("period." + i, rows[i][0]);
            f.put("label." + i, rows[i][1]);
            f.put("due." + i, rows[i][2]);
            f.put("basis." + i, "GAZETTE");
        }
        return f;
    }

    @Test
    void theOfficeChangesTheCalendarOnThePage() {
        String html = as(office).get("/plans/" + plan).then().statusCode(200).extract().asString();
        assertTrue(html.contains("name=\"due.0\" value=\"07-05\""), html);
        assertTrue(html.contains("name=\"rows\" value=\"5\""), "three periods and two empty rows: " + html);
        Map<String, String> f = calendarForm(html);
        f.put("due.0", "07-10");
        f.put("remove.1", "1");
        f.put("period.3", "Q4");
        f.put("label.3", "第四季度");
        f.put("due.3", "01-10");
        f.put("nextYear.3", "1");
        f.put("basis.3", "OFFICE_ASSIGNED");
        Response saved = as(office).contentType(ContentType.URLENC).formParams(f).post("/plans/" + plan + "/calendar");
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath c = calendar();
        assertEquals(List.of("H1", "ANNUAL", "Q4"), c.getList("periods.period"));
        assertEquals("07-10", c.getString("periods[0].due"));
        assertEquals(1, c.getInt("periods[2].dueYearOffset"));
        assertEquals("OFFICE_ASSIGNED", c.getString("periods[2].basis"));
        assertTrue(as(office).get("/plans/" + plan + "?calendar=saved").asString().contains("报送日历已保存。"));
    }

    @Test
    void aBadRowIsExplainedBesideItAndTheCalendarStaysAsItWas() {
        List<Object> before = calendar().getList("periods");
        Map<String, String> f = calendarForm(as(office).get("/plans/" + plan).asString());
        f.put("due.1", "02-30");
        f.put("label.0", " ");
        String html = as(office).contentType(ContentType.URLENC).formParams(f).post("/plans/" + plan + "/calendar")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"label-0-error\">必填。"), html);
        assertTrue(html.contains("name=\"due.1\" value=\"02-30\""), "typed value kept: " + html);
        // the label fixed, the day no year has is the API's refusal
        f.put("label.0", "上半年");
        html = as(office).contentType(ContentType.URLENC).formParams(f).post("/plans/" + plan + "/calendar")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"due-1-error\">不是有效的月-日"), html);
        // the same period twice
        f.put("due.1", "09-30");
        f.put("period.1", "H1");
        html = as(office).contentType(ContentType.URLENC).formParams(f).post("/plans/" + plan + "/calendar")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("日历无效"), html);
        // every row removed
        Map<String, String> none = new HashMap<>(calendarForm(html));
        none.put("remove.0", "1");
        none.put("remove.1", "1");
        none.put("remove.2", "1");
        html = as(office).contentType(ContentType.URLENC).formParams(none).post("/plans/" + plan + "/calendar")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("日历至少要有一个报告期。"), html);
        assertEquals(before, calendar().getList("periods"));
    }

    @Test
    void theOfficeUploadsTheEditedTaskListAndABadOneImportsNothing() throws Exception {
        String html = as(office).get("/plans/" + plan).asString();
        assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
        byte[] xlsx = given().auth().oauth2(auditor()).queryParam("format", "xlsx").get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(200).extract().asByteArray();
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.getSheetAt(0).createRow(2);
            row.createCell(0).setCellValue("6.2");
            row.createCell(1).setCellValue("推动民生事业持续改善");
            row.createCell(2).setCellValue("城镇新增就业3000人");
            row.createCell(5).setCellValue("市人社局");
            wb.write(out);
            edited = out.toByteArray();
        }
        Response imported = as(office).multiPart("csrf", Fixtures.formToken(html)).multiPart("file", "任务清单.xlsx", edited,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").post("/plans/" + plan + "/tasks/import");
        assertEquals(303, imported.statusCode(), imported.asString());
        String after = as(office).get(imported.header("Location").replaceAll("^.*?(/plans/)", "$1").replaceAll("#.*$", "")).asString();
        assertTrue(after.contains("任务清单已导入：新增 1 项，更新 0 项，未变 1 项。"), after);

        String bad = "code,area,text,lead\n6.3,6,新增就业,市不存在局\n";
        String refused = as(office).multiPart("csrf", Fixtures.formToken(html)).multiPart("file", "tasks.csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv").post("/plans/" + plan + "/tasks/import").then().statusCode(422).extract().asString();
        assertTrue(refused.contains("未导入任何任务。"), refused);
        assertTrue(refused.contains("<td>line 2: lead</td>"), refused);
        assertEquals(2, given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/tasks").jsonPath().getList("items").size());
    }

    @Test
    void otherReadersSeeTheCalendarButMayNotChangeIt() {
        String auditorPage = as(auditor()).get("/plans/" + plan).then().statusCode(200).extract().asString();
        assertTrue(auditorPage.contains("<td>上半年</td>"), auditorPage);
        assertFalse(auditorPage.contains("保存报送日历"));
        assertFalse(auditorPage.contains("导入任务</button>"));
        Map<String, String> f = calendarForm(auditorPage);
        f.put("due.0", "07-31");
        assertEquals(403, as(auditor()).contentType(ContentType.URLENC).formParams(f).post("/plans/" + plan + "/calendar").statusCode());
        assertEquals("07-05", calendar().getString("periods[0].due"));
        as(auditor()).get("/plans/nope").then().statusCode(404);
    }
}
