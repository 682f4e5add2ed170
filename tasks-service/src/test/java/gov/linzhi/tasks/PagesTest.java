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
import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages as HTML over HTTP: sign-in with the cookie, the board and a task page reading the same
 * services as the API, form problems next to their field, escaping, HTML 403/404 pages, and the
 * cookie never making a cross-site write possible.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class PagesTest {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private long plan;
    private long onTrack;
    private long silent;
    private long withIndicator;

    private static String cookieName() {
        return Fixtures.pageCookie();
    }

    /** A browser signed in with this token (its page session). */
    private static RequestSpecification page(String token) {
        return withCookie(Fixtures.pageSession(token));
    }

    /** A browser sending this session cookie as it is. */
    private static RequestSpecification withCookie(String sessionCookie) {
        return given().redirects().follow(false).cookie(cookieName(), sessionCookie);
    }

    @BeforeEach
    void planWithReports() {
        plan = newPlan("pages");
        importCsv(plan, """
                code,area,text,lead,coDepartments,indicatorName,indicatorUnit,indicatorTarget
                6.1,6,开发就业岗位5000个,市人社局,各县（区）人民政府,开发就业岗位,个,5000
                3.3,3,藏猪养殖规模达到70万头以上,市农业农村局,,,,
                10.5,10,%s,市住建局,,,,
                """.formatted(HOSTILE));
        onTrack = taskId(plan, "6.1");
        silent = taskId(plan, "3.3");
        withIndicator = onTrack;
        long indicator = Fixtures.firstIndicatorId(onTrack);
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        assertEquals(201, Fixtures.fileReportWithValue("市人社局", "王五", onTrack, 50, indicator, 2600));
        assertEquals(201, Fixtures.fileReportWithValue("市人社局", "王五", onTrack, 55, indicator, 3100));
        MutableClock.setToday(LocalDate.of(2020, 7, 6));
        assertEquals(201, Fixtures.fileReport("市住建局", "孙八", taskId(plan, "10.5"), "H1", 50));
    }

    @Test
    void aVisitWithoutSignInGoesToTheSignInPageAndComesBack() {
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", endsWith("/sign-in"));
        given().redirects().follow(false).get("/tasks/" + silent + "?asOf=2020-07-06").then().statusCode(303)
                .header("Location", endsWith("/sign-in?next=%2Ftasks%2F" + silent + "%3FasOf%3D2020-07-06"));
        given().get("/sign-in?next=/tasks/" + silent).then().statusCode(200).contentType(HTML)
                .body(containsString("<label for=\"token\">"))
                .body(containsString("name=\"next\" value=\"/tasks/" + silent + "\""));
        // A cookie that signs nobody in (forged, or a token where the session id belongs) counts as signed out.
        withCookie("forged").get("/").then().statusCode(303).header("Location", endsWith("/sign-in"));
        withCookie(supervisor()).get("/").then().statusCode(303).header("Location", endsWith("/sign-in"));
        withCookie("forged").get("/sign-in").then().statusCode(200).body(containsString("您的登录已失效"));
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieAndGoesWhereTheReaderWasGoing() {
        String next = "/tasks/" + silent + "?asOf=2020-07-06";
        Response signIn = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("token", supervisor()).formParam("next", next).post("/sign-in");
        assertEquals(303, signIn.statusCode());
        assertTrue(signIn.header("Location").endsWith(next), signIn.header("Location"));
        String setCookie = signIn.header("Set-Cookie");
        assertTrue(setCookie.startsWith(cookieName() + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain http: " + setCookie);
        assertTrue(setCookie.contains("Max-Age=28800"), "8 hours: " + setCookie);
        String session = signIn.cookie(cookieName());
        assertFalse(session.contains("."), "the cookie is a session id, not the token");
        withCookie(session).get(next).then().statusCode(200).contentType(HTML);

        // Signing out takes the session's own form: a post without its token does not end it.
        assertEquals(403, withCookie(session).contentType(ContentType.URLENC).formParam("csrf", "x")
                .post("/sign-out").statusCode());
        String board = withCookie(session).get("/").then().statusCode(200).extract().asString();
        Response out = withCookie(session).contentType(ContentType.URLENC).formParam("csrf", Fixtures.formToken(board))
                .post("/sign-out");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/sign-in"));
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        // ended on the server: the same cookie, kept by someone, signs nobody in any more
        withCookie(session).get(next).then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() {
        Response signIn = given().redirects().follow(false).header("X-Forwarded-Proto", "https").contentType(ContentType.URLENC)
                .formParam("token", supervisor()).formParam("next", "/").post("/sign-in");
        assertEquals(303, signIn.statusCode());
        assertTrue(signIn.header("Set-Cookie").contains("Secure"), signIn.header("Set-Cookie"));
    }

    /**
     * Quarkus reads an entry that is not CIDR as host:port ("::1" as host ":" and port 1) and resolves it by DNS on
     * every request from a loopback peer: that held one connection's requests to about ten a second.
     */
    @Test
    void theTrustedProxiesAreAddressRangesSoNoRequestWaitsForDns() {
        String proxies = ConfigProvider.getConfig().getValue("quarkus.http.proxy.trusted-proxies", String.class);
        for (String entry : proxies.split(",")) {
            assertTrue(entry.strip().matches("[0-9a-fA-F:.]+/\\d{1,3}"), "not an address range (CIDR): " + entry);
        }
    }

    @Test
    void signInGoesOnlyToPathsOfThisSite() {
        for (String away : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            given().redirects().follow(false).contentType(ContentType.URLENC).formParam("token", supervisor())
                    .formParam("next", away).post("/sign-in")
                    .then().statusCode(303).header("Location", allOf(endsWith("/"), not(containsString("evil"))));
        }
    }

    @Test
    void aBadTokenIsExplainedNextToTheFieldAndNotWrittenBack() {
        String expired = TestTokens.expired("supervisor");
        String foreign = TestTokens.wrongSignature("supervisor");
        Map<String, String> problems = Map.of(expired, "令牌已过期", foreign, "令牌无效", "  ", "请粘贴访问令牌");
        problems.forEach((token, problem) -> {
            String html = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("token", token)
                    .formParam("next", "/tasks/1").post("/sign-in")
                    .then().statusCode(400).contentType(HTML).header("Set-Cookie", nullValue()).extract().asString();
            assertTrue(html.contains("<p class=\"field-error\" id=\"token-error\">" + problem), html);
            assertTrue(html.contains("class=\"field has-error\""));
            assertTrue(html.contains("aria-describedby=\"token-hint token-error\""));
            assertTrue(html.contains("name=\"next\" value=\"/tasks/1\""), "where to go is kept");
            assertFalse(!token.isBlank() && html.contains(token.strip()), "the token is not written back");
        });
        // A form from another site may not sign anyone in (login CSRF).
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").contentType(ContentType.URLENC)
                .formParam("token", supervisor()).post("/sign-in")
                .then().statusCode(403).contentType(HTML).header("Set-Cookie", nullValue());
    }

    @Test
    void aRoleThatMayNotReadGetsTheHtml403Page() {
        page(TestTokens.withRoles("visitor")).get("/").then().statusCode(403).contentType(HTML)
                .body(containsString("<h1>无权查看</h1>")).body(containsString("visitor"));
    }

    @Test
    void theBoardShowsTheSameViewAsTheApi() {
        JsonPath api = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").queryParam("planId", plan)
                .get("/api/v1/supervision").then().statusCode(200).extract().jsonPath();
        String silentReason = api.getString("tasks.find { it.taskId == " + silent + " }.reason");
        assertTrue(silentReason.startsWith("未按期报送"), silentReason);
        String html = page(auditor()).queryParam("plan", plan).queryParam("asOf", "2020-07-06").get("/")
                .then().statusCode(200).contentType(HTML).header("Cache-Control", "no-store").extract().asString();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertEquals(1, html.split("<h1>", -1).length - 1, "one h1");
        assertTrue(html.contains("共 " + api.getInt("summary.tasks") + " 项任务"));
        assertTrue(html.contains("<span class=\"rag rag-RED\">红</span> " + api.getInt("summary.red") + " 项"));
        assertTrue(html.contains("<td><span class=\"rag rag-RED\">红</span></td><td>" + silentReason + "</td>"), html);
        for (String area : api.getList("tasks.areaName", String.class)) {
            assertTrue(html.contains(area + "</h3>"), area);
        }
        // The chart and its table carry the scorecards' counts.
        assertTrue(html.contains("<svg class=\"rag-chart\""));
        assertTrue(html.contains("role=\"img\""));
        // (the chart is of the lead departments; a county's own reports are in the missing list and the API's scorecards)
        for (Map<String, Object> card : api.<Map<String, Object>>getList("departmentScorecards").stream()
                .filter(c -> ((Number) c.get("tasksLed")).intValue() > 0).toList()) {
            assertTrue(html.contains(">绿 " + card.get("green") + " · 黄 " + card.get("amber") + " · 红 " + card.get("red") + "</text>"));
            assertTrue(html.contains("<th scope=\"row\">" + card.get("name") + "</th><td class=\"num\">" + card.get("tasksLed") + "</td>"));
        }
        // Missing reports, and the Excel export of the same view one click away.
        assertTrue(html.contains("<td>市农业农村局</td><td><a href=\"/tasks/" + silent + "?asOf=2020-07-06\">3.3 "));
        assertTrue(html.contains("href=\"/board/export?asOf=2020-07-06&amp;plan=" + plan + "&amp;format=xlsx\""));
        // The hostile task text comes back as text.
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(html.contains(HOSTILE));
    }

    @Test
    void theFlaggedTasksAreListedWithTheSupervisorsNote() {
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("note", "上半年未报送，列入重点抽查督办"))
                .put("/api/v1/tasks/" + silent + "/flag").then().statusCode(200);
        page(auditor()).queryParam("plan", plan).queryParam("asOf", "2020-07-06").get("/").then().statusCode(200)
                .body(containsString("<table class=\"flagged\">"))
                .body(containsString("藏猪养殖规模达到70万头以上</a></td><td>市农业农村局</td><td><span class=\"rag rag-RED\">红</span></td><td>上半年未报送，列入重点抽查督办</td>"));
    }

    @Test
    void theBoardDefaultsToTheShippedPlanToday() {
        MutableClock.setToday(LocalDate.of(2020, 7, 8));
        long shipped = given().auth().oauth2(auditor()).get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.origin == 'SHIPPED_DATA' }.id");
        page(auditor()).get("/").then().statusCode(200)
                .body(containsString("<option value=\"" + shipped + "\" selected>"))
                .body(containsString("id=\"asOf\" name=\"asOf\" value=\"2020-07-08\""));
    }

    @Test
    void aBadDateIsShownNextToTheFieldWithWhatWasTyped() {
        String html = page(auditor()).queryParam("plan", plan).queryParam("asOf", "2020-13-45").get("/")
                .then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(html.contains("<div class=\"field has-error\">\n<label for=\"asOf\">"));
        assertTrue(html.contains("value=\"2020-13-45\""));
        assertTrue(html.contains("aria-describedby=\"asOf-hint asOf-error\" aria-invalid=\"true\""));
        assertTrue(html.contains("<p class=\"field-error\" id=\"asOf-error\">日期格式不正确"));
        assertFalse(html.contains("<h2 id=\"tasks\">"), "no board for a refused date");

        String hostile = "\"><script>alert(1)</script>";
        page(auditor()).queryParam("asOf", hostile).get("/").then().statusCode(400)
                .body(containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
                .body(not(containsString("<script>alert(1)")));
        page(auditor()).queryParam("plan", "abc").get("/").then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"plan-error\">方案编号应为整数"));
        page(auditor()).queryParam("plan", "99999999").get("/").then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"plan-error\">没有这个方案"));
    }

    @Test
    void theTaskPageShowsStatusIndicatorsAndEveryReportVersion() {
        String html = page(auditor()).get("/tasks/" + withIndicator + "?asOf=2020-07-06").then().statusCode(200).contentType(HTML)
                .extract().asString();
        assertTrue(html.contains("<h1>开发就业岗位5000个</h1>"));
        assertTrue(html.contains("<td>市人社局（原文明确）</td>"), "the office's CSV leads count as named in the source");
        assertTrue(html.contains("巴宜区"), "the county governments as co-departments");
        assertTrue(html.contains("<span class=\"rag rag-GREEN\">绿</span>"));
        // The latest official value (3100 of 5000) against the target, as a bar and as text.
        assertTrue(html.contains("已完成 3100个 / 目标 5000个（62%）"), html);
        assertTrue(html.contains("<rect class=\"bar\" x=\"0\" y=\"0\" width=\"62\""));
        // Both versions, the first marked as corrected.
        assertTrue(html.contains("<td>第 1 版（已被更正）</td>"));
        assertTrue(html.contains("<td>第 2 版</td>"));
        assertTrue(html.contains("<td>王五</td><td>2020-07-01</td><td>2020-07-05</td><td>按时</td>"));
        assertTrue(html.contains("href=\"/?plan=" + plan + "&amp;asOf=2020-07-06\""), "back to the board at the same date");

        page(auditor()).get("/tasks/" + taskId(plan, "10.5") + "?asOf=2020-07-06").then().statusCode(200)
                .body(containsString("<strong class=\"late\">逾期</strong>"))
                .body(containsString("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>"));
    }

    @Test
    void theProvisionComesFromTheGazetteOrFromTheKeptCopyWithANotice() {
        long vocational = Fixtures.vocationalPlan();
        page(auditor()).get("/tasks/" + taskId(vocational, "3.1.4")).then().statusCode(200)
                .body(containsString("鼓励高危企业设立安全生产培训中心"))
                .body(containsString("<td>市应急管理局（原文明确）</td>"))
                // gazette-service answers a relative citationUrl; the page links the provision's reader page
                .body(containsString("<a class=\"external\" href=\"http://127.0.0.1:"))
                .body(containsString("/documents/by-number/%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7/provisions/3.1.4\">在政府公报中查看原文</a>"));
        // 3.1.1's provision read fails (gazette-service down in the stub): the kept text with a notice.
        page(auditor()).get("/tasks/" + taskId(vocational, "3.1.1")).then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"status\">公报服务暂时无法访问"));
    }

    @Test
    void anUnknownTaskIsTheHtml404Page() {
        page(auditor()).get("/tasks/99999999").then().statusCode(404).contentType(HTML)
                .body(containsString("没有编号为“99999999”的任务"));
        page(auditor()).get("/tasks/<b>x").then().statusCode(404).contentType(HTML)
                .body(containsString("没有编号为“&lt;b&gt;x”的任务"));
        page(auditor()).get("/tasks/" + silent + "?asOf=tomorrow").then().statusCode(400).contentType(HTML)
                .body(containsString("日期“tomorrow”格式不正确"));
    }

    @Test
    void thePageCookieNeverAuthenticatesTheApiNorGetsInTheWayOfABearerToken() {
        String session = Fixtures.pageSession(supervisor());
        // the board's Excel link is a page route, read with the session
        byte[] xlsx = withCookie(session).queryParam("asOf", "2020-07-06").queryParam("plan", plan).queryParam("format", "xlsx")
                .get("/board/export").then().statusCode(200)
                .header("Content-Type", containsString("spreadsheetml")).extract().asByteArray();
        assertTrue(xlsx.length > 0);
        // the API takes bearer tokens only: the session cookie alone is no credential, for reads or writes
        withCookie(session).queryParam("asOf", "2020-07-06").queryParam("planId", plan).get("/api/v1/supervision/export")
                .then().statusCode(401).contentType("application/problem+json");
        withCookie(session).contentType(ContentType.JSON).body(Map.of("note", "x")).put("/api/v1/tasks/" + silent + "/flag")
                .then().statusCode(401);
        // a stale or forged page cookie beside a valid bearer token: the token decides
        for (String cookie : List.of("forged", session, supervisor())) {
            withCookie(cookie).auth().oauth2(auditor()).get("/api/v1/plans").then().statusCode(200);
        }
        given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").queryParam("planId", plan).get("/api/v1/supervision")
                .then().body("tasks.find { it.taskId == " + silent + " }.flagged", is(false));
    }

    @Test
    void withoutTheLaunchersLocalModeThereIsNoOneClickSignInAndWithoutAnIdentityProviderNoOidcSignIn() {
        String html = given().get("/sign-in").then().statusCode(200).extract().asString();
        assertFalse(html.contains("本地用户"), html);
        assertFalse(html.contains("统一身份认证"), html);
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("user", "supervisor").post("/sign-in/local")
                .then().statusCode(404);
        given().redirects().follow(false).get("/sign-in/oidc").then().statusCode(404);
    }

    @Test
    void thePagesStayOutOfTheOpenApiDocumentAndTheStylesheetsAreServed() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        for (String page : List.of("/", "/tasks/{id}", "/sign-in", "/sign-out", "/sign-in/local", "/sign-in/oidc", "/plans/{id}",
                "/board/export")) {
            assertFalse(paths.containsKey(page), page);
        }
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/v1/")), paths.keySet().toString());
        given().get("/assets/linzhi.css").then().statusCode(200).contentType(containsString("text/css"));
        given().get("/assets/tasks.css").then().statusCode(200).body(containsString(".seg-RED"));
    }
}
