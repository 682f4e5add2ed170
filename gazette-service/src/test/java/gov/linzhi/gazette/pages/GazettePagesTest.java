package gov.linzhi.gazette.pages;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages' HTML, checked against what the JSON API says about the same seed. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class GazettePagesTest {

    static final String HTML = "text/html;charset=UTF-8";
    static final String NOTICE_5 = "林政办发〔2020〕5号";

    static long seedIssueId() {
        return given().get("/api/v1/issues").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.year == 2020 && it.number == 1 }.id");
    }

    static long planId() {
        return given().get("/api/v1/documents/by-number/{n}", NOTICE_5).then().statusCode(200)
                .extract().jsonPath().getLong("publishes[0].id");
    }

    /** The page at {@code path}, sent as written: non-ASCII characters percent-encoded by the caller. */
    static String page(String path, int status) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get(path).then().log().ifValidationFails()
                .statusCode(status).contentType(HTML).extract().asString();
    }

    static int count(String html, String needle) {
        int n = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void homeListsEveryTableOfContentsEntryOfTheSeedIssueWithItsDocumentLink() {
        String html = page("/", 200);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 60));
        assertEquals(1, count(html, "<h1"));
        List<Map<String, Object>> toc = given().get("/api/v1/issues/{id}/toc", seedIssueId()).jsonPath().getList("items");
        assertEquals(4, toc.size());
        for (Map<String, Object> entry : toc) {
            assertTrue(html.contains("<a href=\"/documents/" + entry.get("documentId") + "\">" + entry.get("title") + "</a>"),
                    "TOC entry " + entry.get("title"));
        }
        assertTrue(html.contains("<caption>目录 · 2020年第1期</caption>"));
        assertEquals(1, count(html, "本期仅列目录"), "the one listed-only document is marked");
    }

    @Test
    void issuePageShowsTheTableOfContentsAndTheEditorialBox() {
        long issue = seedIssueId();
        String html = page("/issues/" + issue, 200);
        JsonPath api = given().get("/api/v1/issues/{id}", issue).jsonPath();
        assertTrue(html.contains("<h1>" + api.getString("issue.title") + " 2020年第1期</h1>"));
        for (String title : api.<String>getList("tableOfContents.title")) {
            assertTrue(html.contains(">" + title + "</a>"), title);
        }
        for (String value : api.<String>getList("editorial.value")) {
            assertTrue(html.contains("<td>" + value + "</td>"), value);
        }
    }

    @Test
    void documentPageAnchorsEveryProvisionByItsPathWithCitationClauseAndLinks() {
        long plan = planId();
        String html = page("/documents/" + plan, 200);
        JsonPath doc = given().get("/api/v1/documents/{id}", plan).jsonPath();
        assertTrue(html.contains("<h1>" + doc.getString("title") + "</h1>"));
        List<String> paths = doc.getList("provisions.path");
        for (String path : paths) {
            assertEquals(1, count(html, "id=\"" + path + "\""), "one anchor for " + path);
        }
        // the outline links to the numbered provisions' anchors
        assertTrue(html.contains("<a href=\"#3.1.3\">3. 实施新型学徒培养计划</a>"), "outline entry of 3.1.3");

        JsonPath p313 = given().get("/api/v1/documents/{id}/provisions/3.1.3", plan).jsonPath();
        String section = section(html, "3.1.3");
        assertTrue(section.contains("牵头单位：<strong class=\"lead\">" + p313.getString("responsibility.lead") + "</strong>"), section);
        for (String supporting : p313.<String>getList("responsibility.departments.findAll { !it.lead }.name")) {
            assertTrue(section.contains("<span class=\"department\">" + supporting + "</span>"), supporting);
        }
        assertTrue(section.contains("<span class=\"citation-text\">《" + doc.getString("title") + "》（" + NOTICE_5
                + "）三（一）3“实施新型学徒培养计划”</span>"), section);
        assertTrue(section.contains("/documents/by-number/%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7/provisions/3.1.3"),
                "the permalink is the stable by-number address");

        // an external citation (a document not in the gazette) is a marked link, at each provision citing it
        List<Map<String, Object>> references = given().get("/api/v1/documents/{id}/references", plan).jsonPath().getList("items");
        Map<String, Object> external = references.stream().filter(r -> "藏人社发〔2018〕157号".equals(r.get("normalized")))
                .findFirst().orElseThrow();
        assertEquals(false, external.get("resolved"));
        for (Object path : (List<?>) external.get("provisionPaths")) {
            assertTrue(section(html, (String) path).contains("class=\"cited external\""), "external citation in " + path);
        }
        // what cites the plan, as the API's cited-by says
        List<Map<String, Object>> citedBy = given().get("/api/v1/documents/{id}/cited-by", plan).jsonPath().getList("items.document");
        assertFalse(citedBy.isEmpty());
        String citedBySection = html.substring(html.indexOf("id=\"cited-by-heading\""));
        for (Map<String, Object> d : citedBy) {
            assertTrue(citedBySection.contains("<a href=\"/documents/" + d.get("id") + "\">" + d.get("title")), "cited by " + d);
        }
    }

    @Test
    void everyPageHasOneH1AndHeadingsThatNeverSkipALevel() {
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/issues/" + seedIssueId(), "/search",
                "/search?q=%E5%AD%A6%E5%BE%92"));
        given().get("/api/v1/documents?size=100").jsonPath().<Integer>getList("items.id").forEach(id -> pages.add("/documents/" + id));
        Pattern heading = Pattern.compile("<h([1-6])[ >]");
        for (String path : pages) {
            String html = page(path, 200);
            assertEquals(1, count(html, "<h1"), path);
            int previous = 0;
            for (Matcher m = heading.matcher(html); m.find(); ) {
                int level = Integer.parseInt(m.group(1));
                assertTrue(level <= previous + 1, path + ": h" + level + " after h" + previous);
                previous = level;
            }
        }
    }

    @Test
    void resolvedCitationsLinkToTheCitedDocumentsPage() {
        long notice = given().get("/api/v1/documents/by-number/{n}", NOTICE_5).jsonPath().getLong("id");
        String html = page("/documents/" + notice, 200);
        List<Map<String, Object>> references = given().get("/api/v1/documents/{id}/references", notice).jsonPath().getList("items");
        long resolved = references.stream().filter(r -> Boolean.TRUE.equals(r.get("resolved"))).count();
        assertTrue(resolved > 0, "the notice cites the plan it publishes");
        for (Map<String, Object> r : references) {
            if (Boolean.TRUE.equals(r.get("resolved"))) {
                Object target = ((Map<?, ?>) r.get("target")).get("id");
                assertTrue(html.contains("<a class=\"cited\" href=\"/documents/" + target + "\">"), "link to " + target);
            }
        }
    }

    @Test
    void permalinkOfAProvisionRedirectsToTheAnchorOfTheCurrentVersion() {
        given().redirects().follow(false).get("/documents/by-number/{n}/provisions/{p}", "林政办发[2020]5号", "3.1.3")
                .then().statusCode(303).header("Location", containsString("/documents/" + planId() + "#3.1.3"));
        page("/documents/by-number/" + java.net.URLEncoder.encode(NOTICE_5, java.nio.charset.StandardCharsets.UTF_8)
                + "/provisions/99.9", 404);
        page("/documents/by-number/not-a-number/provisions/3.1.3", 400);
    }

    @Test
    void unknownIssuesAndDocumentsAreChinese404Pages() {
        for (String path : List.of("/documents/999999", "/documents/abc", "/issues/999999", "/issues/x")) {
            String html = page(path, 404);
            assertTrue(html.contains("<h1>未找到该"), path);
            assertTrue(html.contains("lang=\"zh-CN\""), path);
        }
    }

    @Test
    void searchShowsTheApiResultsWithMarkedSnippetsLinkingToProvisionAnchors() {
        JsonPath api = given().queryParam("q", "学徒").get("/api/v1/search").jsonPath();
        String html = given().queryParam("q", "学徒").get("/search").then().statusCode(200).contentType(HTML).extract().asString();
        assertTrue(html.contains("共找到 <strong>" + api.getLong("total") + "</strong> 个文件"), "count as the API's");
        assertTrue(html.contains("<mark>学徒</mark>"));
        assertFalse(html.contains("<em>"), "the index's markers never reach the page");
        List<Map<String, Object>> items = api.getList("items");
        for (Map<String, Object> item : items) {
            Object id = ((Map<?, ?>) item.get("document")).get("id");
            for (Object p : (List<?>) item.get("provisions")) {
                String path = (String) ((Map<?, ?>) p).get("path");
                assertTrue(html.contains("href=\"/documents/" + id + "#" + path + "\""), "hit " + id + "#" + path);
            }
        }
        assertTrue(html.contains("value=\"学徒\""), "the query stays in the field");
    }

    @Test
    void facetsAreFilterLinksAndFilteredCountsMatchTheApi() {
        JsonPath api = given().queryParam("q", "人民政府").get("/api/v1/search").jsonPath();
        Map<String, Integer> genres = api.getMap("facets.genre");
        assertFalse(genres.isEmpty());
        String html = page("/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C", 200);
        for (var genre : genres.entrySet()) {
            String href = "/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&amp;genre="
                    + java.net.URLEncoder.encode(genre.getKey(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(html.contains("<a href=\"" + href + "\">" + genre.getKey() + "</a> <span class=\"muted\">（"
                    + genre.getValue() + "）</span>"), "facet " + genre);
            String filtered = page(href.replace("&amp;", "&"), 200);
            assertTrue(filtered.contains("共找到 <strong>" + genre.getValue() + "</strong> 个文件"), "filtered by " + genre);
            assertTrue(filtered.contains("文种：" + genre.getKey()), "the active filter is shown with a remove link");
        }
    }

    @Test
    void theDocumentPageShowsTheResponsibilityMatrixAndReadablePermalinks() {
        long plan = given().queryParam("q", "学徒").get("/api/v1/search").jsonPath().getLong("items[0].document.id");
        String html = page("/documents/" + plan, 200);
        assertTrue(html.contains("<h2 id=\"matrix-heading\">责任分工矩阵</h2>"), "the matrix section");
        assertTrue(html.contains("<th scope=\"col\">市人社局</th>"), "departments across");
        assertTrue(html.contains("●") && html.contains("○"), "lead and co-operating marks");
        assertTrue(html.contains(">http://localhost:") && html.contains("/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3</a>"),
                "the permalink reads with the number as printed");
    }

    @Test
    void pagingWalksThroughAllResultsWithPreviousNextAndNumbers() {
        long total = given().queryParam("q", "人民政府").get("/api/v1/search").jsonPath().getLong("total");
        assertTrue(total >= 3, "enough results to page through: " + total);
        String first = page("/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&size=1", 200);
        assertTrue(first.contains("第 1 / " + total + " 页"));
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(first.contains("<a rel=\"next\" href=\"/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&amp;size=1&amp;page=2\">下一页</a>"));
        String last = page("/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&size=1&page=" + total, 200);
        assertTrue(last.contains("rel=\"prev\""));
        assertFalse(last.contains("rel=\"next\""));
        assertTrue(last.contains("<span aria-current=\"page\" class=\"current-page\">第" + total + "页</span>"));
        String past = page("/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&size=1&page=99", 200);
        assertFalse(past.contains("没有找到同时包含所有检索词的文件"), "a page past the end is not an empty search");
        assertTrue(past.contains("第 99 页超出检索结果的范围：共 " + total + " 页。<a href=\"/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&amp;size=1&amp;page="
                + total + "\">"), past);
    }

    @Test
    void searchOrdersByDateWhenAskedAndKeepsTheOrderWhilePaging() {
        String html = page("/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&size=1&sort=date-asc", 200);
        assertTrue(html.contains("<option value=\"date-asc\" selected>"), html);
        assertTrue(html.contains("href=\"/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&amp;size=1&amp;page=2&amp;sort=date-asc\""), html);
        String refused = page("/search?q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&sort=sideways", 400);
        assertTrue(refused.contains("排序方式只能是"), refused);
    }

    @Test
    void anEmptyQueryIsShownNextToTheFieldInChinese() {
        String html = given().queryParam("q", "   ").get("/search").then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(html.contains("<div class=\"field has-error\">\n<label for=\"q\">检索词</label>"), html);
        assertTrue(html.contains("aria-describedby=\"q-hint q-error\""));
        assertTrue(html.contains("<p class=\"field-error\" id=\"q-error\">请输入检索词。</p>"));
        assertTrue(html.contains("value=\"   \""), "what was typed stays");
        // an empty box submitted (q=, which JAX-RS reads as null) is refused too
        String empty = page("/search?q=&year=abc", 400);
        assertTrue(empty.contains("<p class=\"field-error\" id=\"q-error\">请输入检索词。</p>"));
        assertTrue(empty.contains("<p class=\"field-error\" id=\"year-error\">"), "every problem at once");
        // the first visit, without q, is the empty form, not an error
        String first = page("/search", 200);
        assertFalse(first.contains("field-error"));
    }

    @Test
    void theServicesRulesAndUnreadableDatesComeBackNextToTheirFieldsWithTheValueKept() {
        String longQuery = "学".repeat(201);
        String html = given().queryParam("q", longQuery).get("/search").then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"q-error\">检索词不能超过200个字符（现有201个）。</p>"));
        assertTrue(html.contains("value=\"" + longQuery + "\""));

        html = given().queryParam("q", "学徒").queryParam("signedFrom", "2020-13-45").get("/search")
                .then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"signedFrom-error\">日期格式应为 年-月-日，如 2020-01-16。</p>"));
        assertTrue(html.contains("value=\"2020-13-45\""));

        html = given().queryParam("q", "学徒").queryParam("signedFrom", "2020-12-01").queryParam("signedTo", "2020-01-01")
                .get("/search").then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"signedFrom-error\">起始日期不能晚于截止日期。</p>"));
        // the API refuses the same request with the same rule
        given().queryParam("q", "学徒").queryParam("signedFrom", "2020-12-01").queryParam("signedTo", "2020-01-01")
                .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.is("signedFrom"));

        html = given().queryParam("q", "学徒").queryParam("year", "二〇二〇").get("/search")
                .then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"year-error\">年份应为四位数字，如 2020。</p>"));
    }

    @Test
    void hostileInputComesBackEscaped() {
        for (String hostile : List.of("<script>alert(1)</script>", "' OR 1=1 --", "\"><img src=x onerror=alert(1)>")) {
            Response r = given().queryParam("q", hostile).queryParam("genre", hostile).get("/search");
            r.then().statusCode(200).contentType(HTML)
                    .body(not(containsString("<script>alert(1)</script>")))
                    .body(not(containsString("<img src=x")))
                    .body(not(containsString("' OR 1=1")));
        }
        String html = given().queryParam("q", "<script>alert(1)</script>").get("/search").asString();
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(given().queryParam("q", "' OR 1=1 --").get("/search").asString().contains("value=\"&#39; OR 1=1 --\""));
        page("/documents/%3Cscript%3E", 404);
    }

    @Test
    void pagesAreNotPartOfTheOpenApiDocument() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi").jsonPath();
        Map<String, Object> paths = openapi.getMap("paths");
        assertFalse(paths.isEmpty());
        for (String path : paths.keySet()) {
            assertTrue(path.startsWith("/api/v1/"), "only API paths in the OpenAPI document: " + path);
        }
    }

    /** The HTML of the provision element with this id, up to the next provision. */
    static String section(String html, String path) {
        Matcher m = Pattern.compile("<section class=\"provision depth-\\d\" id=\"" + Pattern.quote(path) + "\">(.*?)</section>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no provision " + path);
        return m.group(1);
    }
}
