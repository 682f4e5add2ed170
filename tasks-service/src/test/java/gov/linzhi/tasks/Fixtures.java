package gov.linzhi.tasks;

import gov.linzhi.platform.testing.TestTokens;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** Shared steps of the API tests; each test makes its own plan so no test depends on another. */
final class Fixtures {

    static final String VOCATIONAL = "林政办发〔2020〕5号";
    static final List<String> TEN_AREAS = List.of("坚决打赢“三大攻坚战”", "推动重点项目建设攻坚突破", "推动特色产业提质增效",
            "推动城乡边区域协调发展", "推动改革开放不断深化", "推动民生事业持续改善", "推动生态保护再上台阶", "维护和谐稳定良好局面",
            "抓好政府自身建设", "做好民生十件实事");

    private Fixtures() {
    }

    /** A form posted as a browser posts it: UTF-8, percent-encoded, no charset named. */
    static final io.restassured.config.RestAssuredConfig BROWSER_FORMS = io.restassured.config.RestAssuredConfig.config()
            .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** The form token a page carries (its first form's). */
    static String formToken(String html) {
        java.util.regex.Matcher m = FORM_TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token in the page: " + html);
        }
        return m.group(1);
    }

    private static final Map<String, String> PAGE_SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The pages' session cookie's name. */
    static String pageCookie() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("tasks.pages.cookie-name", String.class);
    }

    /**
     * A page session for this token, signed in through the sign-in form as a browser would (one per token, so a
     * page read and the form posted from it share a session and its form token).
     */
    static String pageSession(String token) {
        return PAGE_SESSIONS.computeIfAbsent(token, t -> given().redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("token", t).formParam("next", "/").post("/sign-in")
                .then().statusCode(303).extract().cookie(pageCookie()));
    }

    static String supervisor() {
        return TestTokens.withRoles("supervisor");
    }

    static String auditor() {
        return TestTokens.withRoles("auditor");
    }

    /** Imports the vocational plan from the stubbed gazette (idempotent) and returns its id. */
    static long vocationalPlan() {
        return given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("documentNumber", VOCATIONAL)).post("/api/v1/plans/import-from-gazette")
                .then().statusCode(anyOf(is(200), is(201))).extract().jsonPath().getLong("plan.id");
    }

    /** The id of the task with the given code in a plan. */
    static long taskId(long planId, String code) {
        return given().auth().oauth2(auditor()).get("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    /** A new empty plan for 2020 with the notice's ten areas, under a unique code. */
    static long newPlan(String prefix) {
        return given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("code", prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
                        "title", "测试方案 " + prefix, "sourceDocumentNumber", "林政发〔2020〕9号",
                        "startYear", 2020, "endYear", 2020, "areas", TEN_AREAS))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void importCsv(long planId, String csv) {
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/plans/" + planId + "/tasks/import").then().statusCode(200);
    }

    static int fileReport(String department, String user, long taskId, String period, Integer percent) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("period", period, "year", 2020, "narrative", "按计划推进。"));
        if (percent != null) {
            body.put("percentComplete", percent);
        }
        return given().auth().oauth2(TestTokens.departmentUser(department, user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/" + taskId + "/reports").then().extract().statusCode();
    }

    /** The id of a task's first indicator. */
    static long firstIndicatorId(long taskId) {
        return given().auth().oauth2(auditor()).get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .extract().jsonPath().getLong("indicators[0].id");
    }

    /** The lead department's H1 2020 report with a value for one indicator; returns the status. */
    static int fileReportWithValue(String department, String user, long taskId, int percent, long indicatorId, int value) {
        return given().auth().oauth2(TestTokens.departmentUser(department, user)).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", percent, "narrative", "按计划推进。",
                        "indicatorValues", List.of(Map.of("indicatorId", indicatorId, "value", value))))
                .post("/api/v1/tasks/" + taskId + "/reports").then().extract().statusCode();
    }
}
