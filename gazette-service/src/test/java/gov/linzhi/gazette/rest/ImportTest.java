package gov.linzhi.gazette.rest;

import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.issues.GazetteStore;
import gov.linzhi.gazette.issues.IssueEntity;
import gov.linzhi.gazette.parsing.GazetteParser;
import gov.linzhi.gazette.parsing.Parsed;
import gov.linzhi.gazette.search.SearchIndex;
import gov.linzhi.gazette.search.SearchIndexer;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Import: idempotent, all or nothing, corrections keep the old version readable; the index follows. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class ImportTest {

    static final String IMPORT = "/api/v1/issues/import";
    static final String PROBLEM = "application/problem+json";
    static final String MARKDOWN = "text/markdown; charset=UTF-8";
    static final String EDITOR = TestTokens.withRoles("gazette-editor");

    @Inject
    GazetteStore store;
    @Inject
    SearchIndex index;
    @Inject
    SearchIndexer indexer;

    static String seed() throws IOException {
        try (InputStream in = ImportTest.class.getResourceAsStream("/seed/linzhi-gazette-2020-01.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A small issue of its own (year 2031), so these tests do not touch the seed's documents. */
    static String issue(int number, String rewardSentence) {
        return """
                # 林芝市人民政府公报

                2031

                第 %d 期（总第 %d 期）

                ## 目 录

                ### 市政府文件

                林芝市人民政府关于印发《林芝市技能竞赛奖励办法》的
                通知……………1

                # 林芝市人民政府关于印发《林芝市技能竞赛奖励办法》的通知

                林政发〔2031〕%d号

                各县（区）人民政府：

                现将《林芝市技能竞赛奖励办法》印发给你们。

                林芝市人民政府

                2031 年 2 月 3 日

                ## 林芝市技能竞赛奖励办法

                一、%s（责任单位：市总工会、人社局，各县（区）人民政府等）
                """.formatted(number, number, number, rewardSentence);
    }

    static long documentCount() {
        return QuarkusTransaction.requiringNew().call(() -> DocumentEntity.count());
    }

    @Test
    void importIsIdempotent() throws IOException {
        long before = documentCount();
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(seed()).post(IMPORT)
                .then().log().ifValidationFails().statusCode(200)
                .body("status", is("UNCHANGED")).body("version", is(1));
        assertEquals(before, documentCount());

        String text = issue(1, "对获得一等奖的选手奖励5000元/人。");
        var first = given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(text).post(IMPORT)
                .then().statusCode(201).header("Location", containsString("/api/v1/issues/"))
                .body("status", is("CREATED")).extract().jsonPath();
        List<Integer> ids = first.getList("documentIds");
        assertEquals(2, ids.size());
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(text).post(IMPORT)
                .then().statusCode(200).body("status", is("UNCHANGED")).body("documentIds", is(ids))
                .body("issueId", is(first.getInt("issueId")));
        assertEquals(before + 2, documentCount());
        // the index follows: the sentence only this issue has is found in one of its documents
        List<Integer> found = given().queryParam("q", "奖励5000元").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("items.document.id", Integer.class);
        assertEquals(true, found.stream().anyMatch(ids::contains), found + " holds none of " + ids);
    }

    @Test
    void changedTextIsAConflictUnlessItIsACorrectionWhichKeepsTheOldVersionReadable() {
        String v1 = issue(2, "对获得一等奖的选手奖励3000元/人。");
        long oldIssue = given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(v1).post(IMPORT)
                .then().statusCode(201).extract().jsonPath().getLong("issueId");
        long oldDoc = given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕2号").then().statusCode(200)
                .extract().jsonPath().getLong("publishes[0].id");
        String v2 = issue(2, "对获得一等奖的选手奖励3500元/人。");
        long before = documentCount();
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(v2).post(IMPORT)
                .then().statusCode(409).contentType(PROBLEM).body("code", is("ISSUE_ALREADY_IMPORTED"))
                .body("detail", containsString("correction=true"));
        assertEquals(before, documentCount());

        given().auth().oauth2(EDITOR).contentType(MARKDOWN).queryParam("correction", true).body(v2).post(IMPORT)
                .then().statusCode(201).body("status", is("CORRECTED")).body("version", is(2))
                .body("supersededIssueId", is((int) oldIssue));
        given().get("/api/v1/issues/{id}", oldIssue).then().statusCode(200)
                .body("issue.current", is(false)).body("issue.supersededBy", not(is((Object) null)));
        given().get("/api/v1/documents/{id}/provisions/{p}", oldDoc, "1").then().statusCode(200)
                .body("text", containsString("3000元/人"));
        given().get("/api/v1/documents/{id}", oldDoc).then().statusCode(200).body("current", is(false))
                .header("Cache-Control", allOf(containsString("max-age=31536000"), containsString("immutable")));
        given().get("/api/v1/issues/{id}", oldIssue).then().statusCode(200)
                .header("Cache-Control", containsString("immutable"));
        given().get("/api/v1/documents/by-number/{n}/provisions/{p}", "林政发〔2031〕2号", "1").then().statusCode(200)
                .body("text", containsString("3500元/人"))
                .body("responsibility.lead", is("市总工会"));
        given().queryParam("q", "3000元").get("/api/v1/search").then().statusCode(200)
                .body("items.document.id", not(hasItem((int) oldDoc)));
        given().queryParam("q", "3500元").get("/api/v1/search").then().statusCode(200)
                .body("total", is(1));
    }

    @Test
    void twoImportsOfTheSameNewIssueAtOnceStoreItOnce() throws Exception {
        String text = issue(5, "对获得二等奖的选手奖励2000元/人。");
        long before = documentCount();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> post = () -> given().auth().oauth2(EDITOR).contentType(MARKDOWN)
                    .body(text).post(IMPORT).then().extract().statusCode();
            var a = pool.submit(post);
            var b = pool.submit(post);
            List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
            statuses.sort(null);
            assertEquals(List.of(200, 201), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 2, documentCount());
    }

    @Test
    void differentIssuesImportedAtOnceAreEachStoredOnce() throws Exception {
        int issues = 16;
        long before = documentCount();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(issues);
        try {
            List<java.util.concurrent.Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                String text = issue(500 + i, "按照林政发〔2031〕" + (501 + i) + "号的规定奖励。");
                posts.add(pool.submit(() -> given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(text).post(IMPORT)
                        .then().extract().statusCode()));
            }
            for (var post : posts) {
                assertEquals(201, post.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 2L * issues, documentCount());
        for (int i = 0; i < issues; i++) {
            given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕" + (500 + i) + "号").then().statusCode(200);
        }
        // each cited the next one's notice: whichever committed first, every citation whose target is stored is linked
        long citing = given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕500号").then().statusCode(200)
                .extract().jsonPath().getLong("publishes[0].id");
        given().get("/api/v1/documents/{id}/references", citing).then().statusCode(200)
                .body("items.find { it.normalized == '林政发〔2031〕501号' }.resolved", is(true));
    }

    @Test
    void aCitationOfADocumentALaterImportBringsIsLinkedThenAndFollowsItsCorrection() {
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(issue(640, "按照林政发〔2031〕641号和《技能人才安居办法》的规定奖励。"))
                .post(IMPORT).then().statusCode(201);
        long citing = given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕640号").then().statusCode(200)
                .extract().jsonPath().getLong("publishes[0].id");
        String number = "items.find { it.normalized == '林政发〔2031〕641号' }";
        String title = "items.find { it.kind == 'TITLE' && it.normalized.contains('安居办法') }";
        given().get("/api/v1/documents/{id}/references", citing).then().statusCode(200)
                .body(number + ".resolved", is(false)).body(title + ".resolved", is(false));

        String cited = issue(641, "对获得三等奖的选手奖励1000元/人。").replace("技能竞赛奖励办法", "技能人才安居办法");
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(cited).post(IMPORT).then().statusCode(201);
        long notice = given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕641号").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        given().get("/api/v1/documents/{id}/references", citing).then().statusCode(200)
                .body(number + ".resolved", is(true)).body(number + ".target.id", is((int) notice))
                .body(title + ".resolved", is(true)).body(title + ".target.title", is("林芝市技能人才安居办法"));

        given().auth().oauth2(EDITOR).contentType(MARKDOWN).queryParam("correction", true)
                .body(cited.replace("1000元", "1200元")).post(IMPORT).then().statusCode(201).body("status", is("CORRECTED"));
        long corrected = given().get("/api/v1/documents/by-number/{n}", "林政发〔2031〕641号").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        given().get("/api/v1/documents/{id}/references", citing).then().statusCode(200)
                .body(number + ".target.id", is((int) corrected)).body(title + ".resolved", is(true));
        assertEquals(true, corrected != notice, "a correction stores new documents");
    }

    @Test
    void unparseableTextStoresNothingAndNamesTheLine() {
        long before = documentCount();
        String broken = issue(3, "奖励。").replace("通知……………1", "通知");
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(broken).post(IMPORT)
                .then().log().ifValidationFails().statusCode(422).contentType(PROBLEM)
                .body("code", is("UNPARSEABLE_GAZETTE"))
                .body("detail", containsString("line 11"))
                .body("violations[0].field", is("body"));
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body("just some words").post(IMPORT)
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("line 1"));
        // a 16 KB table-of-contents line of leaders and spaces with no page number: refused at once, naming the line
        String hostile = issue(3, "奖励。").replace("通知……………1", "通知" + ". ".repeat(8 * 1024));
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).body(hostile).post(IMPORT)
                .then().statusCode(422).contentType(PROBLEM).body("code", is("UNPARSEABLE_GAZETTE"))
                .body("detail", containsString("line 11"));
        assertEquals(before, documentCount());
    }

    @Test
    void aFailureHalfWayThroughStoringLeavesNothingBehind() {
        Parsed.Issue parsed = new GazetteParser().parse(issue(4, "奖励。"));
        // a table-of-contents section longer than its column fails after the documents are written
        Parsed.TocEntry tooLong = new Parsed.TocEntry("市".repeat(300), parsed.tableOfContents().get(0).title(), 1, 0);
        Parsed.Issue failing = new Parsed.Issue(parsed.title(), parsed.year(), parsed.number(), parsed.cumulativeNumber(),
                parsed.frequency(), parsed.supervisor(), parsed.sponsor(), parsed.editorial(), List.of(tooLong),
                parsed.documents());
        long before = documentCount();
        assertThrows(RuntimeException.class, () -> store.store("f".repeat(64), "text", failing, false, "test"));
        assertEquals(before, documentCount());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> IssueEntity.count("year = 2031 and issueNumber = 4")));
    }

    @Test
    void importNeedsTheEditorRoleAndABody() throws IOException {
        given().contentType(MARKDOWN).body(seed()).post(IMPORT).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.withRoles("auditor")).contentType(MARKDOWN).body(seed()).post(IMPORT)
                .then().statusCode(403).contentType(PROBLEM).body("code", is("FORBIDDEN"));
        given().auth().oauth2(EDITOR).contentType(MARKDOWN).post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("BODY_REQUIRED"));
    }

    @Test
    void aStaleIndexIsRebuiltFromTheDatabase() {
        index.replaceAll(new ArrayList<>(), index.watermark());
        given().queryParam("q", "学徒").get("/api/v1/search").then().statusCode(200).body("total", is(0));
        indexer.synchronize();
        assertEquals(documentCount() - QuarkusTransaction.requiringNew().call(() -> DocumentEntity.count("current = false")),
                index.documentCount());
        given().queryParam("q", "学徒").get("/api/v1/search").then().statusCode(200)
                .body("items[0].document.title", endsWith("（2019—2021年）"));
    }
}
