package gov.linzhi.gazette.rest;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search API on the seed issue, imported on start, against a real MariaDB and the configured search backend: the
 * embedded Lucene index here, a real OpenSearch node in {@link SearchApiOnOpenSearchTest}, which runs every test of
 * this class again.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
public class SearchApiTest {

    static final String NOTICE_5 = GazetteApiTest.NOTICE_5;
    static final String PLAN = GazetteApiTest.PLAN;
    static final String PROBLEM = GazetteApiTest.PROBLEM;

    @Test
    void searchFindsWordsInsideUnsegmentedChineseWithHighlightedSnippets() {
        given().queryParam("q", "学徒").get("/api/v1/search").then().log().ifValidationFails().statusCode(200)
                .body("items[0].document.title", is(PLAN))
                .body("items[0].provisions.path", hasItem("3.1.3"))
                .body("items[0].provisions[0].snippet", containsString("<em>学徒</em>"))
                .body("items[0].provisions[0].citationUrl", startsWith("/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/"))
                .body("facets.genre.方案", is(1));
        for (String word : List.of("技能提升补贴", "藏香猪", "双语幼儿园", "财政")) {
            given().queryParam("q", word).get("/api/v1/search").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.greaterThan(0))
                    .body("items[0].provisions[0].snippet", containsString("<em>"));
        }
        given().queryParam("q", "双语幼儿园").get("/api/v1/search").then()
                .body("items.document.title", hasItem("政府工作报告"));
    }


    @Test
    void searchListsEveryMatchingProvisionFindsStringsNextToDigitsAndPagesInOneEnvelope() {
        Response subsidy = given().queryParam("q", "补贴").get("/api/v1/search").then().log().ifValidationFails().statusCode(200)
                .body("sort", is("relevance"))
                .body("pastTheEnd", is(false))
                .extract().response();
        // 16 printed paragraphs of the plan, 7.16 running over two of them
        List<String> planPaths = subsidy.jsonPath().getList("items.find { it.document.title == '" + PLAN + "' }.provisions.path");
        assertTrue(planPaths.size() >= 15 && planPaths.containsAll(List.of("3.1.1", "3.1.2", "3.1.3", "5.8")), planPaths.toString());
        assertEquals(planPaths.size(), subsidy.jsonPath().getInt("items.find { it.document.title == '" + PLAN + "' }.provisionCount"));
        assertTrue(subsidy.header("Link").contains("rel=\"self\""), subsidy.header("Link"));
        // printed as "12 月 15 日" in 林政发〔2020〕9号 (the parser drops the typesetting spaces, the index ignores any left)
        given().queryParam("q", "12月15日").get("/api/v1/search").then().statusCode(200)
                .body("items.document.documentNumber", hasItem("林政发〔2020〕9号"))
                .body("items.find { it.document.documentNumber == '林政发〔2020〕9号' }.provisions[0].snippet", containsString("<em>12月15日</em>"));
        given().queryParam("q", "157号").get("/api/v1/search").then().statusCode(200)
                .body("items.find { it.document.title == '" + PLAN + "' }.provisions.path", org.hamcrest.Matchers.hasItems("3.1.1", "3.2.1"));
        given().queryParam("q", "补贴").queryParam("size", 1).get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(1))
                .body("links.self", is("/api/v1/search?q=%E8%A1%A5%E8%B4%B4&page=0&size=1"))
                .body("links.next", is("/api/v1/search?q=%E8%A1%A5%E8%B4%B4&page=1&size=1"))
                .body("links.prev", nullValue())
                .body("links.first", is("/api/v1/search?q=%E8%A1%A5%E8%B4%B4&page=0&size=1"));
        Response past = given().queryParam("q", "补贴").queryParam("page", 99).get("/api/v1/search").then().statusCode(200)
                .body("items", empty()).body("pastTheEnd", is(true)).body("links.next", nullValue())
                .extract().response();
        assertEquals(past.jsonPath().getString("links.last"), past.jsonPath().getString("links.prev"), "a page past the end leads to the last");
        given().queryParam("q", "补贴").queryParam("sort", "sideways").get("/api/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("sort"));
    }


    @Test
    void searchSortsByTheDateSigned() {
        List<String> newest = given().queryParam("q", "人民政府").queryParam("sort", "date-desc").get("/api/v1/search").then().statusCode(200)
                .body("sort", is("date-desc")).extract().jsonPath().getList("items.document.signedOn");
        List<String> oldest = given().queryParam("q", "人民政府").queryParam("sort", "date-asc").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("items.document.signedOn");
        List<String> dated = newest.stream().filter(java.util.Objects::nonNull).toList();
        assertTrue(dated.size() >= 2, newest.toString());
        assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
        assertEquals(oldest.stream().filter(java.util.Objects::nonNull).sorted().toList(), oldest.stream().filter(java.util.Objects::nonNull).toList());
    }


    @Test
    void aSavedSearchIsAnAtomFeed() {
        String feed = given().queryParam("q", "补贴").get("/api/v1/search/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), feed);
        assertTrue(feed.contains("<title>林芝市职业技能提升行动实施方案（2019—2021年）</title>"), feed);
        assertTrue(feed.contains("3.1.3 "), "the entry names the provisions that match");
        assertTrue(!feed.contains("<em>"), "no markup from the snippets");
        assertTrue(feed.contains("/api/v1/search/feed.atom?q=%E8%A1%A5%E8%B4%B4"), "the feed's own address");
        given().get("/api/v1/search/feed.atom").then().statusCode(400).contentType(PROBLEM);
    }


    @Test
    void searchByDocumentNumberInAnotherSpellingFindsTheDocument() {
        given().queryParam("q", "林政发[2020]9号").get("/api/v1/search").then().log().ifValidationFails().statusCode(200)
                .body("items[0].document.documentNumber", is("林政发〔2020〕9号"));
        given().queryParam("q", "林政办发（2020）第5号").get("/api/v1/search").then().statusCode(200)
                .body("items[0].document.documentNumber", is(NOTICE_5));
    }


    @Test
    void searchFiltersAndFacets() {
        given().queryParam("q", "人民政府").get("/api/v1/search").then().statusCode(200)
                .body("facets.category.市政府文件", org.hamcrest.Matchers.greaterThan(0))
                .body("facets.issuingAuthority.林芝市人民政府办公室", org.hamcrest.Matchers.greaterThan(0));
        given().queryParam("q", "学徒").queryParam("genre", "通知").get("/api/v1/search").then().statusCode(200)
                .body("total", is(0));
        given().queryParam("q", "人民政府").queryParam("signedFrom", "2020-03-01").queryParam("signedTo", "2020-03-31")
                .get("/api/v1/search").then().statusCode(200)
                .body("items.document.documentNumber", contains("林政发〔2020〕9号"));
        given().queryParam("q", "人民政府").queryParam("year", 2019).get("/api/v1/search").then().statusCode(200)
                .body("items.document.title", contains("政府工作报告"));
        given().get("/api/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("code", is("VALIDATION_FAILED")).body("violations.field", hasItem("q"));
        given().queryParam("q", "学徒").queryParam("size", 1000).get("/api/v1/search").then().statusCode(400)
                .contentType(PROBLEM);
    }

}
