package gov.linzhi.gazette.rest;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed issue, imported on start, read through the API against a real MariaDB. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class GazetteApiTest {

    static final String NOTICE_5 = "林政办发〔2020〕5号";
    static final String PLAN = "林芝市职业技能提升行动实施方案（2019—2021年）";
    static final String BY_NUMBER = "/api/v1/documents/by-number/{number}";
    static final String PROVISION_BY_NUMBER = BY_NUMBER + "/provisions/{path}";
    static final String PROBLEM = "application/problem+json";

    static long seedIssueId() {
        return given().get("/api/v1/issues").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.year == 2020 && it.number == 1 }.id");
    }

    static long planId() {
        return given().get(BY_NUMBER, NOTICE_5).then().statusCode(200).extract().jsonPath().getLong("publishes[0].id");
    }

    @Test
    void theIssueHasItsHeaderAndFourTableOfContentsEntries() {
        long id = seedIssueId();
        given().get("/api/v1/issues/{id}", id).then().log().ifValidationFails().statusCode(200)
                .body("issue.title", is("林芝市人民政府公报"))
                .body("issue.cumulativeNumber", is(1))
                .body("issue.frequency", is("双月刊"))
                .body("sponsor", is("林芝市人民政府办公室"))
                .body("tableOfContents", hasSize(4))
                .body("documents", hasSize(5));
        given().get("/api/v1/issues/{id}/toc", id).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"self\""))
                .body("total", is(4))
                .body("items", hasSize(4))
                .body("items.section", contains("市政府文件", "市政府文件", "市政府文件", "市政府办公室文件"))
                .body("items.page", contains(1, 15, 17, 27));
    }

    @Test
    void noticeResolvesByNumberAndPublishesThePlan() {
        given().get(BY_NUMBER, NOTICE_5).then().log().ifValidationFails().statusCode(200)
                .body("documentNumber", is(NOTICE_5))
                .body("title", is("林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知"))
                .body("category", is("市政府办公室文件"))
                .body("issuingAuthority", is("林芝市人民政府办公室"))
                .body("signedOn", is("2020-01-16"))
                .body("genre", is("通知"))
                .body("publishes.title", contains(PLAN))
                .body("publishedBy", nullValue());
        given().get("/api/v1/documents/{id}", planId()).then().statusCode(200)
                .body("title", is(PLAN)).body("publishedBy.documentNumber", is(NOTICE_5)).body("genre", is("方案"));
    }

    @Test
    void documentNumbersResolveInAnyCommonSpelling() {
        for (String spelling : List.of("林政办发[2020]5号", "林政办发【2020】5号", "林政办发（2020）5号", "林政办发(2020)第5号",
                "林政办发〔2020〕第5号")) {
            given().get(BY_NUMBER, spelling).then().statusCode(200).body("documentNumber", is(NOTICE_5));
        }
    }

    @Test
    void provision313StartsWithTheApprenticeshipPlanAndItsLeadIsTheHrBureau() {
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "3.1.3").then().log().ifValidationFails().statusCode(200)
                .body("documentTitle", is(PLAN))
                .body("documentNumber", is(NOTICE_5))
                .body("path", is("3.1.3"))
                .body("number", is("3."))
                .body("heading", is("实施新型学徒培养计划"))
                .body("text", startsWith("实施新型学徒培养计划"))
                .body("responsibility.lead", is("市人社局"))
                .body("responsibility.departments[0]", is(Map.of("name", "市人社局", "lead", true, "collective", false)))
                .body("responsibility.departments.find { it.collective }.name", is("各县（区）人民政府"))
                .body("quantities.unit", hasItem("元/人"))
                .body("quantities.find { it.text == '6000元/人' }.value", is(6000))
                .body("citationUrl", is("/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3"));
        given().get("/api/v1/documents/{id}/provisions/{path}", planId(), "3.1.3").then().statusCode(200)
                .body("heading", is("实施新型学徒培养计划"));
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "3.2.2").then().statusCode(200)
                .body("children", is(List.of(Map.of("path", "3.2.2.1",
                        "heading", "稳步推进现代服务业、物流产业、清洁能源产业、高新数字产业技能人才培养培养"))));
    }

    @Test
    void thePlanHasExactly21ClausesAnd314IsLedByTheEmergencyBureau() {
        given().queryParam("documentNumber", NOTICE_5).get("/api/v1/responsibilities").then().log().ifValidationFails()
                .statusCode(200)
                .body("total", is(21))
                .body("items", hasSize(21))
                .body("items.provisionPath", contains("3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.2.1", "3.2.2", "3.2.2.1",
                        "3.2.3", "3.3", "4.4", "4.5", "4.6", "4.7", "5.8", "5.9", "5.10", "5.10.1", "5.11", "6.12",
                        "6.13", "6.13.1"))
                .body("items.find { it.provisionPath == '3.1.4' }.lead", is("市应急管理局"))
                .body("items.find { it.provisionPath == '3.1.4' }.rawText", is("市应急管理局、市场监管局、住建局、人社局，各县（区）人民政府等"))
                .body("items.find { it.provisionPath == '3.1.4' }.departments.name",
                        contains("市应急管理局", "市场监管局", "市住建局", "市人社局", "各县（区）人民政府"))
                .body("items.find { it.provisionPath == '3.1.4' }.citationUrl",
                        is("/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.4"))
                .body("items.findAll { it.lead == '市人社局' }", hasSize(12));
    }

    @Test
    void responsibilitiesByDepartmentListEveryClauseNamingIt() {
        Response both = given().queryParam("documentNumber", NOTICE_5).queryParam("department", "市应急管理局")
                .get("/api/v1/responsibilities");
        both.then().statusCode(200).body("total", is(1)).body("items[0].provisionPath", is("3.1.4"));
        given().queryParam("documentNumber", NOTICE_5).queryParam("department", "团市委").get("/api/v1/responsibilities")
                .then().statusCode(200).body("items.provisionPath", contains("3.3", "5.8"));
        given().queryParam("documentNumber", NOTICE_5).queryParam("department", "人社局").get("/api/v1/responsibilities")
                .then().statusCode(200).body("items.departments.name.flatten()", hasItem("市人社局"))
                .body("total", is(21));
        given().queryParam("department", "市人社局").get("/api/v1/responsibilities").then().statusCode(200)
                .body("items.departments.name", everyItem(hasItem("市人社局")))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(20));
    }

    @Test
    void theMissingTaskPlanIsListedWithoutText() {
        given().queryParam("hasText", false).get("/api/v1/documents").then().log().ifValidationFails().statusCode(200)
                .body("items.title", hasItem("林芝市2020年《政府工作报告》任务分解方案"));
        long id = given().queryParam("hasText", false).get("/api/v1/documents").then().extract().jsonPath()
                .getLong("items.find { it.title == '林芝市2020年《政府工作报告》任务分解方案' }.id");
        given().get("/api/v1/documents/{id}", id).then().statusCode(200)
                .body("hasText", is(false)).body("page", is(17)).body("provisions", empty())
                .body("publishedBy.documentNumber", is("林政发〔2020〕9号"));
        given().get("/api/v1/documents/{id}/text", id).then().statusCode(404).contentType(PROBLEM)
                .body("code", is("DOCUMENT_TEXT_NOT_IN_ISSUE"));
    }

    @Test
    void externalCitationOfThePlanWithItsProvisionsAndResolvedBacklinks() {
        long plan = planId();
        given().get("/api/v1/documents/{id}/references", plan).then().log().ifValidationFails().statusCode(200)
                .body("items.find { it.normalized == '藏人社发〔2018〕157号' }.kind", is("DOCUMENT_NUMBER"))
                .body("items.find { it.normalized == '藏人社发〔2018〕157号' }.resolved", is(false))
                .body("items.find { it.normalized == '藏人社发〔2018〕157号' }.provisionPaths", contains("3.1.1", "3.2.1"))
                .body("items.find { it.normalized == '藏政办发〔2019〕44号' }.resolved", is(false));
        given().get("/api/v1/documents/{id}/cited-by", plan).then().statusCode(200)
                .body("items.document.documentNumber", hasItem(NOTICE_5))
                .body("items.find { it.document.documentNumber == '林政办发〔2020〕5号' }.provisionPaths", contains("0.1"));
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "3.1.1").then().statusCode(200)
                .body("citations.find { it.normalized == '藏人社发〔2018〕157号' }.resolved", is(false))
                .body("citations.find { it.normalized == '藏人社发〔2018〕157号' }.provisionPath", is("3.1.1"));
        long nine = given().get(BY_NUMBER, "林政发〔2020〕9号").then().statusCode(200).extract().jsonPath().getLong("id");
        given().get("/api/v1/documents/{id}/references", nine).then().statusCode(200)
                .body("items.find { it.normalized == '政府工作报告' }.target.title", is("政府工作报告"))
                .body("items.find { it.normalized == '2020年《政府工作报告》任务分解方案' }.target.title",
                        is("林芝市2020年《政府工作报告》任务分解方案"));
    }

    @Test
    void documentsProvisionsIssuesAndTheirTextCarryAStrongETagAndAnswer304WhenItMatches() {
        long issue = seedIssueId();
        long plan = given().queryParam("q", "学徒").get("/api/v1/search").jsonPath().getLong("items[0].document.id");
        for (String url : List.of("/api/v1/documents/" + plan, "/api/v1/documents/" + plan + "/text", "/api/v1/documents/" + plan + "/markdown",
                "/api/v1/documents/" + plan + "/provisions/3.1.3", "/api/v1/issues/" + issue, "/api/v1/issues/" + issue + "/toc",
                "/api/v1/documents/by-number/林政发〔2020〕9号", "/api/v1/documents/by-number/林政办发[2020]5号/provisions/3.1.3")) {
            Response first = given().get(url).then().statusCode(200).extract().response();
            String tag = first.header("ETag");
            assertTrue(tag != null && tag.matches("\"[A-Za-z0-9_-]{22}\""), url + ": " + tag);
            assertEquals("no-cache, public", first.header("Cache-Control").replaceAll("\\s+", " "), url);
            assertEquals(tag, given().get(url).header("ETag"), url + ": the same representation, the same tag");
            given().header("If-None-Match", tag).get(url).then().statusCode(304).header("ETag", tag)
                    .body(is(""));
            given().header("If-None-Match", "\"something-else\"").get(url).then().statusCode(200);
        }
        assertTrue(!given().get("/api/v1/documents/" + plan).header("ETag")
                .equals(given().get("/api/v1/documents/" + plan + "/text").header("ETag")), "each representation has its own tag");
    }

    @Test
    void documentsAndProvisionsCarryAbsoluteApiAndReaderLinksFromTheConfiguredBase() {
        String number = "%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7";
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "3.1.3").then().statusCode(200)
                .body("apiUrl", is("https://gazette.linzhi.test/api/v1/documents/by-number/" + number + "/provisions/3.1.3"))
                .body("readerUrl", is("https://gazette.linzhi.test/documents/by-number/" + number + "/provisions/3.1.3"));
        given().get(BY_NUMBER, NOTICE_5).then().statusCode(200)
                .body("apiUrl", is("https://gazette.linzhi.test/api/v1/documents/by-number/" + number))
                .body("readerUrl", startsWith("https://gazette.linzhi.test/documents/"));
        // the reader link of a provision leads to its page
        String reader = given().get(PROVISION_BY_NUMBER, NOTICE_5, "3.1.3").jsonPath().getString("readerUrl")
                .replace("https://gazette.linzhi.test", "");
        given().redirects().follow(false).urlEncodingEnabled(false).get(reader).then().statusCode(org.hamcrest.Matchers.oneOf(200, 302, 303, 307));
    }

    @Test
    void theResponsibilityMatrixListsDepartmentsInTheOrderTheClausesNameThemWithLeadAndCo() {
        long plan = given().queryParam("q", "学徒").get("/api/v1/search").jsonPath().getLong("items[0].document.id");
        Response matrix = given().get("/api/v1/documents/{id}/responsibilities/matrix", plan).then().log().ifValidationFails()
                .statusCode(200).extract().response();
        List<String> departments = matrix.jsonPath().getList("departments");
        assertEquals("市人社局", departments.get(0), departments.toString());
        assertEquals(departments.size(), new java.util.HashSet<>(departments).size(), "each department once");
        assertEquals("LEAD", matrix.jsonPath().getString("rows.find { it.provisionPath == '3.1.1' }.roles.市人社局"));
        assertEquals("CO", matrix.jsonPath().getString("rows.find { it.provisionPath == '3.1.1' }.roles.市财政局"), "the prefix 市 the clause distributes over its list");
        assertEquals("LEAD", matrix.jsonPath().getString("rows.find { it.provisionPath == '3.1.4' }.roles.市应急管理局"));
        int clauses = given().queryParam("documentNumber", NOTICE_5).get("/api/v1/responsibilities").jsonPath().getInt("total");
        assertEquals(clauses, matrix.jsonPath().getList("rows").size(), "one row per responsibility clause");
        given().get("/api/v1/documents/{id}/responsibilities/matrix", 999999).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badPathsAndNumbersAreProblems() {
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "3..1").then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PROVISION_PATH"));
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "三.1").then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_PROVISION_PATH"));
        given().get(PROVISION_BY_NUMBER, NOTICE_5, "9.9").then().statusCode(404).contentType(PROBLEM)
                .body("code", is("PROVISION_NOT_FOUND"));
        given().get(BY_NUMBER, "林政发〔2020〕99号").then().statusCode(404).contentType(PROBLEM)
                .body("code", is("DOCUMENT_NOT_FOUND")).body("status", is(404));
        given().get(PROVISION_BY_NUMBER, "林政发〔2020〕99号", "1").then().statusCode(404).contentType(PROBLEM)
                .body("code", is("DOCUMENT_NOT_FOUND"));
        given().get(BY_NUMBER, "no number").then().statusCode(400).contentType(PROBLEM)
                .body("code", is("INVALID_DOCUMENT_NUMBER"));
        given().get("/api/v1/documents/{id}", 987654).then().statusCode(404).contentType(PROBLEM)
                .body("code", is("DOCUMENT_NOT_FOUND"));
        given().get("/api/v1/documents/{id}/provisions/{path}", planId(), "1.x").then().statusCode(400)
                .contentType(PROBLEM).body("code", is("INVALID_PROVISION_PATH"));
        given().get("/api/v1/issues/{id}", 987654).then().statusCode(404).contentType(PROBLEM)
                .body("code", is("ISSUE_NOT_FOUND"));
        given().queryParam("documentNumber", "林政发〔2020〕99号").get("/api/v1/responsibilities").then().statusCode(404)
                .contentType(PROBLEM).body("code", is("DOCUMENT_NOT_FOUND"));
        given().queryParam("size", 0).get("/api/v1/documents").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("sort", "sideways").get("/api/v1/documents").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("sort"));
    }

    @Test
    void documentsAsPlainTextAndMarkdown() {
        long id = given().get(BY_NUMBER, NOTICE_5).then().extract().jsonPath().getLong("id");
        String md = given().get("/api/v1/documents/{id}/markdown", id).then().statusCode(200)
                .contentType(startsWith("text/markdown")).extract().asString();
        assertTrue(md.startsWith("# 林芝市人民政府办公室关于印发"), md);
        assertTrue(md.contains("林政办发〔2020〕5号"));
        String text = given().get("/api/v1/documents/{id}/text", id).then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        assertTrue(text.startsWith("林芝市人民政府办公室关于印发"), text);
        assertTrue(!text.contains("#") && !text.contains("**"));
        assertEquals(md, given().get(BY_NUMBER + "/markdown", "林政办发[2020]5号").then().statusCode(200).extract().asString());
        assertEquals(text, given().get(BY_NUMBER + "/text", NOTICE_5).then().statusCode(200).extract().asString());
    }

    @Test
    void documentListFiltersPagesAndSorts() {
        given().queryParam("category", "市政府文件").queryParam("year", 2020).get("/api/v1/documents").then()
                .statusCode(200).body("total", is(3));
        given().queryParam("genre", "通知").queryParam("sort", "-signedOn").get("/api/v1/documents").then()
                .statusCode(200).body("items.documentNumber", contains("林政发〔2020〕9号", NOTICE_5));
        given().queryParam("issueId", seedIssueId()).queryParam("size", 2).queryParam("page", 1).get("/api/v1/documents")
                .then().statusCode(200).body("total", is(5)).body("items", hasSize(2)).body("page", is(1));
    }

    @Test
    void atomFeedIsValidAtom() throws Exception {
        String xml = given().get("/api/v1/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals(1, root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").getLength()
                - root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength() >= 5);
        assertTrue(xml.contains("<title>" + PLAN + "</title>"));
    }

    @Test
    void readinessReportsTheSearchIndex() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.status", is("UP"))
                .body("checks.find { it.name == 'search-index' }.data.documents", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryATagAndProblemJsonErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/test-probe")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                operations++;
                String where = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                assertTrue(operation.get("summary") != null, where + " has no summary");
                assertTrue(operation.get("tags") != null, where + " has no tag");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(c -> c.startsWith("2")), where + " has no 2xx response");
                responses.forEach((code, response) -> {
                    if (code.startsWith("4")) {
                        Map<String, Object> content = (Map<String, Object>) response.get("content");
                        assertTrue(content != null && content.containsKey(PROBLEM), where + " " + code + " is not problem+json");
                    }
                });
            }
        }
        assertTrue(operations >= 17, "operations documented: " + operations);
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/search'.get.summary", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/documents/by-number/{number}/provisions/{path}'.get.responses.'404'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/issues/import'.post.responses.'422'", org.hamcrest.Matchers.notNullValue());
    }
}
