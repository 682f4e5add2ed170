package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task page's forms as a browser sends them: a department files its report (the API's rules and
 * refusals beside the fields, what was typed kept, one report for a form sent twice), the office flags
 * and unflags with a 批示; every form carries its session's token, and a forged, foreign or cross-site
 * post writes nothing.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class PageFormsTest {

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    private long plan;
    private long task;
    private long indicator;
    private final String lead = TestTokens.departmentUser("市人社局", "王五");

    @BeforeEach
    void aTaskWithAnIndicator() {
        plan = newPlan("forms");
        importCsv(plan, """
                code,area,text,lead,coDepartments,indicatorName,indicatorUnit,indicatorTarget
                6.1,6,开发就业岗位5000个,市人社局,市财政局,开发就业岗位,个,5000
                """);
        task = taskId(plan, "6.1");
        indicator = Fixtures.firstIndicatorId(task);
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
    }

    private static String cookieName() {
        return Fixtures.pageCookie();
    }

    private static RequestSpecification as(String token) {
        return given().redirects().follow(false).cookie(cookieName(), Fixtures.pageSession(token));
    }

    private static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "no " + p + " in the page");
        return m.group(1);
    }

    private String page(String token) {
        return as(token).get("/tasks/" + task).then().statusCode(200).extract().asString();
    }

    private Response post(String token, String path, Map<String, String> fields) {
        return as(token).config(Fixtures.BROWSER_FORMS).contentType(ContentType.URLENC).formParams(fields).post("/tasks/" + task + path);
    }

    private List<Map<String, Object>> reports() {
        return given().auth().oauth2(auditor()).get("/api/v1/tasks/" + task + "/reports").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private Map<String, String> filing(String html) {
        Map<String, String> f = new HashMap<>(Map.of("csrf", Fixtures.formToken(html), "key", group(KEY, html), "year", "2020",
                "period", "H1", "percentComplete", "48", "narrative", "上半年新增就业岗位2600个。", "problems", "部分县区岗位开发不足。"));
        f.put("indicator-" + indicator, "2600");
        return f;
    }

    @Test
    void theLeadFilesItsOfficialReportFromThePageAndLandsOnTheTaskShowingIt() {
        String html = page(lead);
        assertTrue(html.contains("报送进展（市人社局，牵头单位正式报告）"), html);
        assertTrue(html.contains("<option value=\"H1\" selected>上半年报告</option>"), "the period owed next is proposed: " + html);
        Response filed = post(lead, "/reports", filing(html));
        assertEquals(303, filed.statusCode(), filed.asString());
        String location = filed.header("Location");
        assertTrue(location.contains("/tasks/" + task + "?filed=") && location.endsWith("#reports"), location);

        List<Map<String, Object>> reports = reports();
        assertEquals(1, reports.size());
        Map<String, Object> r = reports.get(0);
        assertEquals("OFFICIAL", r.get("kind"));
        assertEquals("H1", r.get("period"));
        assertEquals(48, r.get("percentComplete"));
        assertEquals("部分县区岗位开发不足。", r.get("problems"));
        assertEquals("王五", r.get("filedBy"));
        assertEquals(2600, ((Number) ((Map<?, ?>) ((List<?>) r.get("indicatorValues")).get(0)).get("value")).intValue());

        String after = as(lead).get(location.substring(location.indexOf("/tasks/"), location.indexOf('#'))).then().statusCode(200).extract().asString();
        assertTrue(after.contains("已报送：2020年上半年报告（市人社局，第 1 版）"), after);
        assertTrue(after.contains("上半年新增就业岗位2600个。"), after);
    }

    @Test
    void aCoDepartmentFilesAContributionWithoutAPercentage() {
        String co = TestTokens.departmentUser("市财政局", "赵六");
        String html = page(co);
        assertTrue(html.contains("报送进展（市财政局，协办单位报送）"), html);
        Map<String, String> f = filing(html);
        f.remove("percentComplete");
        assertEquals(303, post(co, "/reports", f).statusCode());
        assertEquals("CONTRIBUTION", reports().get(0).get("kind"));
    }

    @Test
    void theApisRulesAreShownBesideTheFieldsWithWhatWasTypedKeptAndNothingFiled() {
        Map<String, String> f = filing(page(lead));
        f.put("narrative", "   ");
        f.put("percentComplete", "150");
        f.put("indicator-" + indicator, "两千");
        f.put("problems", "<script>alert(1)</script>");
        String html = post(lead, "/reports", f).then().statusCode(400).contentType("text/html;charset=UTF-8").extract().asString();
        assertTrue(html.contains("id=\"narrative-error\">必填。"), html);
        assertTrue(html.contains("id=\"indicator-" + indicator + "-error\">请填写数字"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), "typed text kept, escaped: " + html);
        assertTrue(html.contains("value=\"两千\""), html);
        assertTrue(html.contains("name=\"key\" value=\"" + f.get("key") + "\""), "the same filing keeps its key");
        // the number read, the API's @Max says what is wrong with it
        f.put("indicator-" + indicator, "2000");
        f.put("narrative", "推进中。");
        html = post(lead, "/reports", f).then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"percentComplete-error\">不能大于 100。"), html);
        // the API's own refusal of an official report without a percentage, beside the field
        f.put("percentComplete", "");
        html = post(lead, "/reports", f).then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"percentComplete-error\">牵头单位的正式报告须填写完成进度"), html);
        // a period the plan's calendar does not have
        f.put("percentComplete", "40");
        f.put("period", "M03");
        html = post(lead, "/reports", f).then().statusCode(422).extract().asString();
        assertTrue(html.contains("id=\"period-error\">本方案的报送日历中没有这个报告期"), html);
        assertEquals(0, reports().size());
    }

    @Test
    void aFormSentTwiceFilesOnceAndItsKeyCannotCarryAnotherReport() {
        Map<String, String> f = filing(page(lead));
        String first = post(lead, "/reports", f).then().statusCode(303).extract().header("Location");
        String again = post(lead, "/reports", f).then().statusCode(303).extract().header("Location");
        assertEquals(first, again);
        assertEquals(1, reports().size());
        f.put("narrative", "改过的内容。");
        String html = post(lead, "/reports", f).then().statusCode(409).extract().asString();
        assertTrue(html.contains("这张表单已经提交过一份内容不同的报告"), html);
        assertEquals(1, reports().size());
    }

    @Test
    void aForgedCrossSiteOrForeignPostWritesNothing() {
        Map<String, String> f = filing(page(lead));
        Map<String, String> forged = new HashMap<>(f);
        forged.put("csrf", "AAAA" + f.get("csrf").substring(4));
        assertEquals(403, post(lead, "/reports", forged).statusCode());
        Map<String, String> none = new HashMap<>(f);
        none.remove("csrf");
        assertEquals(403, post(lead, "/reports", none).statusCode());
        // another session's token (a colleague of the same department) does not carry this session's form
        String otherSession = TestTokens.departmentUser("市人社局", "李四");
        assertEquals(403, post(otherSession, "/reports", f).statusCode());
        assertEquals(403, as(lead).config(Fixtures.BROWSER_FORMS).header("Sec-Fetch-Site", "cross-site").contentType(ContentType.URLENC).formParams(f)
                .post("/tasks/" + task + "/reports").statusCode());
        // a department that is neither lead nor co-department sees no form and may not post one
        String stranger = TestTokens.departmentUser("市住建局", "孙八");
        assertFalse(page(stranger).contains("报送进展"));
        Map<String, String> strangers = new HashMap<>(f);
        strangers.put("csrf", Fixtures.formToken(as(stranger).get("/tasks/" + task).asString()));
        assertEquals(403, post(stranger, "/reports", strangers).statusCode());
        // signed out: to the sign-in page
        Response anonymous = given().redirects().follow(false).contentType(ContentType.URLENC).formParams(f)
                .post("/tasks/" + task + "/reports");
        assertEquals(303, anonymous.statusCode());
        assertEquals(0, reports().size());
    }

    @Test
    void theOfficeFlagsWithA批示AndTakesTheFlagOff() {
        String office = supervisor();
        String html = page(office);
        assertTrue(html.contains("列入重点督办</button>"), html);
        assertFalse(html.contains("报送进展"), "the office files no reports");
        String csrf = Fixtures.formToken(html);
        String empty = post(office, "/flag", Map.of("csrf", csrf, "note", " ")).then().statusCode(400).extract().asString();
        assertTrue(empty.contains("id=\"note-error\">必填。"), empty);
        assertEquals(303, post(office, "/flag", Map.of("csrf", csrf, "note", "连续两期进度滞后，列入重点抽查督办")).statusCode());
        JsonPath view = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-01").queryParam("planId", plan).get("/api/v1/supervision").jsonPath();
        assertEquals("连续两期进度滞后，列入重点抽查督办", view.getString("tasks.find { it.taskId == " + task + " }.flagNote"));
        String flagged = as(office).get("/tasks/" + task + "?flag=set").asString();
        assertTrue(flagged.contains("已列入重点抽查督办。"), flagged);
        assertTrue(flagged.contains("取消重点督办</button>"), flagged);

        // a department may not flag, even with its own session's token
        String dept = Fixtures.formToken(page(lead));
        assertEquals(403, post(lead, "/flag", Map.of("csrf", dept, "note", "x")).statusCode());
        assertEquals(403, post(lead, "/unflag", Map.of("csrf", dept)).statusCode());

        assertEquals(303, post(office, "/unflag", Map.of("csrf", csrf)).statusCode());
        view = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-01").queryParam("planId", plan).get("/api/v1/supervision").jsonPath();
        assertEquals(false, view.getBoolean("tasks.find { it.taskId == " + task + " }.flagged"));
        assertNull(view.get("tasks.find { it.taskId == " + task + " }.flagNote"));
    }
}
