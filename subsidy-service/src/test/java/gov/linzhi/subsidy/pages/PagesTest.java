package gov.linzhi.subsidy.pages;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages' HTML over HTTP: each page shows what the JSON API answers for the same question. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class PagesTest {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final Map<String, String> APPRENTICE = Map.of("programme", "APPRENTICESHIP", "level", "LEVEL_3",
            "occupation", "中式烹调师", "trainingCompletedOn", "2020-06-30", "includesMandatedContent", "true");

    private static Response page(String path, Map<String, ?> query) {
        return given().queryParams(query).get(path);
    }

    private static JsonPath evaluate(String json, int status) {
        return given().contentType(ContentType.JSON).body(json).post("/api/v1/evaluations").then().statusCode(status).extract().jsonPath();
    }

    /** The HTML of one form field: its wrapper div, from the div opening to the control. */
    private static String field(String html, String id) {
        Matcher m = Pattern.compile("<div class=\"field[^\"]*\">(?:(?!<div class=\"field).)*?id=\"" + id + "\"[^>]*>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no field " + id);
        return m.group();
    }

    @Test
    void theCalculatorIsAnAccessibleChinesePageWithALabelForEveryControl() {
        String html = given().get("/").then().statusCode(200).contentType(HTML).extract().asString();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 60));
        assertEquals(1, count(html, "<h1"), "one h1");
        assertTrue(html.contains("<a class=\"skip-link\" href=\"#main\">跳到正文</a>"));
        assertTrue(html.contains("<a href=\"/\" aria-current=\"page\">补贴计算</a>"));
        assertFalse(html.contains("计算结果"), "no decision before a case is given");
        // first the programme alone, with the rule set's programmes as options (the API's values, the rule set's labels)
        assertTrue(html.contains("<label for=\"programme\">培训类型</label>"));
        assertTrue(html.contains("<option value=\"APPRENTICESHIP\">企业新型学徒培训</option>"));
        assertTrue(html.contains("<option value=\"ENTREPRENEURSHIP_TRAINING\">创业培训</option>"));
        assertFalse(html.contains("id=\"occupation\""), "nothing else is asked before the programme is chosen");
        assertFalse(html.contains("<script"), "works without JavaScript");
        // then, for each programme, exactly the facts it reads (GET /api/v1/facts) and the fields that are no facts
        JsonPath facts = given().get("/api/v1/facts").then().statusCode(200).extract().jsonPath();
        for (String programme : facts.<String>getList("items.find { it.name == 'programme' }.values.value")) {
            String form = page("/", Map.of("programme", programme, "step", "choose")).then().statusCode(200).extract().asString();
            assertFalse(form.contains("计算结果"), "choosing decides nothing");
            for (CaseField f : CaseField.values()) {
                boolean fact = facts.getList("items.name").contains(f.parameter());
                List<String> readBy = fact ? facts.getList("items.find { it.name == '" + f.parameter() + "' }.programmes") : List.of();
                boolean expected = !fact || readBy.isEmpty() || readBy.contains(programme);
                assertEquals(expected, form.contains("id=\"" + f.parameter() + "\""), programme + " asks for " + f);
                if (expected && f.kind() != CaseField.Kind.MULTI) {
                    assertTrue(form.contains("<label for=\"" + f.parameter() + "\">" + f.label() + "</label>"), "label of " + f);
                }
            }
        }
        String certificate = page("/", Map.of("programme", "SKILL_CERTIFICATE", "step", "choose")).then().extract().asString();
        assertTrue(certificate.contains("<option value=\"\" selected>未取得证书</option>"), "no certificate until one is chosen");
        String keyGroup = page("/", Map.of("programme", "KEY_GROUP_TRAINING", "step", "choose")).then().extract().asString();
        assertTrue(keyGroup.contains("<legend>所属群体（可多选）</legend>") && keyGroup.contains("<label for=\"groups-POOR_LABOUR\">贫困劳动力</label>"),
                "the groups are ticked, one box each");
    }

    @Test
    void aKeyGroupCaseWithAnAmountNotConfiguredShowsThePartPaidAndThePartWaiting() {
        String html = given().queryParam("programme", "KEY_GROUP_TRAINING").queryParam("occupation", "家政服务员")
                .queryParam("trainingCompletedOn", "2020-06-30").queryParam("groups", "POOR_LABOUR", "REGISTERED_POOR_LABOUR")
                .queryParam("busFareOneWay", "85.50").get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("符合补贴条件") && html.contains("<span class=\"amount\" id=\"total\">171.00 元</span>"), html);
        assertTrue(html.contains("id=\"not-configured\"") && html.contains("重点群体就业技能培训补贴标准"), "the part waiting is named");
        assertTrue(html.contains("id=\"groups-POOR_LABOUR\" name=\"groups\" value=\"POOR_LABOUR\" checked"), "ticked boxes stay ticked");
        assertFalse(html.contains("No personId"), "public text is Chinese only");
    }

    @Test
    void theApprenticeCaseShowsTheApisDecisionLineByLineWithItsCitations() {
        JsonPath api = evaluate("""
                {"programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"中式烹调师","trainingCompletedOn":"2020-06-30",
                 "includesMandatedContent":true}""", 200);
        String html = page("/", APPRENTICE).then().statusCode(200).contentType(HTML).extract().asString();
        assertTrue(html.contains("<span class=\"amount\" id=\"total\">" + money(api.getString("amount")) + "</span>"), html);
        List<Map<String, Object>> lines = api.getList("lines");
        for (Map<String, Object> line : lines) {
            @SuppressWarnings("unchecked") Map<String, String> citation = (Map<String, String>) line.get("citation");
            assertTrue(html.contains("<tr><th scope=\"row\">" + line.get("label") + "</th><td class=\"num\">" + money(String.valueOf(line.get("amount")))
                    + "</td><td><p class=\"citation\"><cite>" + citation.get("documentNumber") + "</cite> <span class=\"provision\">"
                    + citation.get("provisionPath") + "</span>：“" + citation.get("text") + "” <a class=\"gazette-link\" href=\""
                    + readerLink(citation.get("gazetteUrl")) + "\">公报原文"), "line " + line.get("ruleId"));
        }
        assertEquals(Set.of("3.1.3", "5.8"), new TreeSet<>(api.getList("lines.citation.provisionPath")));
        assertTrue(html.contains("符合补贴条件"));
        assertTrue(html.contains("value=\"中式烹调师\""), "the case stays in the form");
        assertTrue(field(html, "includesMandatedContent").contains(" checked"));
    }

    @Test
    void aRefusalListsTheApisReasonsWithTheirCodesAndPointsAtTheFields() {
        JsonPath api = evaluate("""
                {"programme":"SKILL_CERTIFICATE","occupation":"电工","trainingCompletedOn":"2020-03-01","certificateLevel":"LEVEL_2",
                 "certificateIssuedOn":"2020-03-15","appliedOn":"2021-03-16","unemploymentInsuranceMonths":11}""", 200);
        String html = page("/", Map.of("programme", "SKILL_CERTIFICATE", "occupation", "电工", "trainingCompletedOn", "2020-03-01",
                "certificateLevel", "LEVEL_2", "certificateIssuedOn", "2020-03-15", "appliedOn", "2021-03-16", "unemploymentInsuranceMonths", "11"))
                .then().statusCode(200).contentType(HTML).extract().asString();
        assertTrue(html.contains("不符合补贴条件"));
        List<String> codes = api.getList("reasons.code");
        assertEquals(List.of("INSURANCE_TOO_SHORT", "CLAIM_WINDOW_EXPIRED", "LEVEL_NOT_COVERED"), codes);
        for (int i = 0; i < codes.size(); i++) {
            assertTrue(html.contains("<li><p>" + escaped(api.getString("reasons[" + i + "].messageZh")) + "</p>"), codes.get(i));
            // the code and the English wording only behind 技术信息
            assertTrue(html.contains("<summary>技术信息</summary><p>代码 <code>" + codes.get(i) + "</code>"), codes.get(i));
        }
        assertFalse(html.contains("（代码"), "no code in the public text");
        assertTrue(field(html, "unemploymentInsuranceMonths").contains("class=\"field has-error\""));
        assertTrue(field(html, "certificateLevel").contains("<p class=\"field-error\" id=\"certificateLevel-error\">不符合补贴条件："
                + escaped(api.getString("reasons[2].messageZh"))));
        assertTrue(field(html, "appliedOn").contains("has-error"));
    }

    @Test
    void aLevelTheProgrammeDoesNotCoverIsShownNextToTheLevel() {
        String html = page("/", Map.of("programme", "HIGH_SKILL_TRAINING", "level", "LEVEL_5", "occupation", "电工", "trainingCompletedOn", "2020-05-01"))
                .then().statusCode(200).extract().asString();
        String level = field(html, "level");
        assertTrue(level.contains("has-error") && level.contains("高技能人才培训只覆盖高级工、技师、高级技师"), level);
        assertTrue(level.contains("aria-describedby=\"level-error\""), level);
        assertTrue(html.contains("<option value=\"LEVEL_5\" selected>初级工（五级）</option>"), "the chosen level stays chosen");
    }

    @Test
    void badInputIsShownNextToEachFieldTheApiNamesWithWhatWasTyped() {
        // values that read as their types, so the API's constraints alone decide: the page flags exactly the API's fields
        JsonPath api = evaluate("""
                {"level":"LEVEL_3","trainingCompletedOn":"2020-06-30","unemploymentInsuranceMonths":1300,"busFareOneWay":-1,
                 "institution":{"name":"某培训学校","creditCode":"91540400MA6T1234XY"}}""", 400);
        String html = page("/", Map.of("level", "LEVEL_3", "trainingCompletedOn", "2020-06-30", "unemploymentInsuranceMonths", "1300",
                "busFareOneWay", "-1", "institutionName", "某培训学校", "institutionCreditCode", "91540400MA6T1234XY"))
                .then().statusCode(400).contentType(HTML).extract().asString();
        Set<String> flagged = new TreeSet<>();
        Matcher m = Pattern.compile("<p class=\"field-error\" id=\"([A-Za-z]+)-error\">").matcher(html);
        while (m.find()) {
            flagged.add(m.group(1));
        }
        Set<String> named = new TreeSet<>();
        for (String f : api.<String>getList("violations.field")) {
            named.add(CaseField.ofApiPath(f).orElseThrow().parameter());
        }
        assertEquals(named, flagged);
        assertTrue(field(html, "programme").contains("请选择培训类型"));
        assertTrue(field(html, "unemploymentInsuranceMonths").contains("参加失业保险月数不能大于 1200"));
        assertTrue(field(html, "unemploymentInsuranceMonths").contains("value=\"1300\""));
        assertTrue(field(html, "institutionCreditCode").contains("value=\"91540400MA6T1234XY\""));
        assertTrue(html.contains("<a href=\"#programme\">培训类型：请选择培训类型</a>"), "the summary links to the field");
    }

    @Test
    void textThatIsNotADateOrANumberIsShownWithWhatWasTyped() {
        String html = page("/", Map.of("programme", "APPRENTICESHIP", "level", "LEVEL_9", "occupation", "中式烹调师",
                "trainingCompletedOn", "2020-13-45", "trainingCost", "五千"))
                .then().statusCode(400).extract().asString();
        String date = field(html, "trainingCompletedOn");
        assertTrue(date.contains("“2020-13-45”不是有效日期") && date.contains("value=\"2020-13-45\""), date);
        assertTrue(date.contains("aria-invalid=\"true\""));
        assertTrue(field(html, "level").contains("“LEVEL_9”不是可选的培训等级"));
        assertTrue(field(html, "trainingCost").contains("value=\"五千\""));
    }

    @Test
    void anUnknownProjectIsShownNextToItsNumber() {
        String html = page("/", Map.of("projectId", "999999999")).then().statusCode(400).extract().asString();
        assertTrue(field(html, "projectId").contains("培训项目目录中没有这个编号的项目"));
    }

    @Test
    void hostileTextComesBackEscaped() {
        String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        String html = page("/", Map.of("programme", "<b>APPRENTICESHIP</b>", "occupation", hostile, "trainingCompletedOn", "2020-06-30"))
                .then().statusCode(400).extract().asString();
        assertFalse(html.contains("<script>"), "markup is never echoed");
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<b>APPRENTICESHIP"));
        assertTrue(html.contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""), html);
        assertTrue(html.contains("“&lt;b&gt;APPRENTICESHIP&lt;/b&gt;”不是可选的培训类型"));
    }

    @Test
    void theRulesPageOpensWithTheTableOfStandardsAndLinksTheFacts() {
        String html = given().get("/rules").then().statusCode(200).contentType(HTML).extract().asString();
        Matcher table = Pattern.compile("<table id=\"standards-table\".*?</table>", Pattern.DOTALL).matcher(html);
        assertTrue(table.find(), "补贴标准一览表");
        String standards = table.group();
        assertTrue(html.indexOf("standards-table") < html.indexOf("id=\"parameters\""), "the table comes first");
        // apprenticeship: level 5 not covered, then 6000 … 9000; key-group training waits for 157号 at every level
        assertTrue(standards.contains("<th scope=\"row\">企业新型学徒培训</th><td class=\"num\">—</td><td class=\"num\">6000.00 元</td>"
                + "<td class=\"num\">7000.00 元</td><td class=\"num\">8000.00 元</td><td class=\"num\">9000.00 元</td>"), standards);
        assertTrue(standards.contains("<th scope=\"row\">重点群体就业技能培训</th><td class=\"num\">未配置</td>"), standards);
        assertTrue(standards.contains("<th scope=\"row\">创业培训</th>"), standards);
        assertTrue(html.contains("<a href=\"/facts\">填报事项</a>"));

        JsonPath facts = given().get("/api/v1/facts").then().statusCode(200).extract().jsonPath();
        String page = given().get("/facts").then().statusCode(200).contentType(HTML).extract().asString();
        for (String field : facts.<String>getList("items.field")) {
            assertTrue(page.contains("<code>" + field + "</code>"), field);
        }
        assertTrue(page.contains("在本市依法参加失业保险") && page.contains("岗前培训必须填写"), "labels and requirements in Chinese");
        assertEquals(1, count(page, "<h1"));
    }

    @Test
    void theRulesPageListsTheRuleSetTheApiPublishes() {
        JsonPath api = given().get("/api/v1/rules").then().statusCode(200).extract().jsonPath();
        String html = given().get("/rules").then().statusCode(200).contentType(HTML).extract().asString();
        assertTrue(html.contains("<td id=\"version\">" + api.getString("version") + "</td>"));
        assertTrue(html.contains(api.getString("title")));
        for (String id : api.<String>getList("parameters.id")) {
            assertTrue(html.contains("<code>" + id + "</code>"), id);
        }
        for (String id : api.<String>getList("rules.id")) {
            assertTrue(html.contains("<code>" + id + "</code>"), id);
        }
        assertTrue(html.contains("自 2019-01-01 起：7000 元/人"), "apprenticeship L3 as the rule set has it");
        assertTrue(html.contains("自 2019-01-01 起：50%"));
        assertTrue(html.contains("<a href=\"/rules?version=" + api.getString("version") + "\">"), "the versions link to themselves");
        assertEquals(1, count(html, "<h1"));

        given().queryParam("on", "2020-06-30").get("/rules").then().statusCode(200).body(containsString("<td id=\"version\">"));
        given().queryParam("on", "1999-01-01").get("/rules").then().statusCode(404).contentType(HTML)
                .body(containsString("没有找到对应的补贴规则集"));
        String bad = given().queryParam("on", "2020-02-30").get("/rules").then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(field(bad, "on").contains("<p class=\"field-error\" id=\"on-error\">") && field(bad, "on").contains("value=\"2020-02-30\""));
    }

    @Test
    void theStatisticsPageShowsTheApisFiguresAsAChartAndATable() {
        given().auth().oauth2(TestTokens.withRoles("hr-bureau")).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"personId":"%s","programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"统计页中式烹调师",
                         "trainingCompletedOn":"2020-06-30","includesMandatedContent":true}""".formatted(TestIds.residentId()))
                .post("/api/v1/claims").then().statusCode(201).body("status", is("APPROVED"));
        JsonPath api = given().queryParam("year", 2020).get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        String html = given().queryParam("year", "2020").get("/statistics").then().statusCode(200).contentType(HTML).extract().asString();
        long approved = api.getLong("approvedPersonTimes");
        assertTrue(approved >= 1);
        assertTrue(html.contains("<tr><th scope=\"row\">2020年</th><td class=\"num\">" + api.getInt("target") + "</td><td class=\"num\">" + approved + "</td>"), html);
        assertTrue(html.contains("<svg class=\"chart\" id=\"target-chart\" role=\"img\" aria-label=\"计划目标完成情况："));
        assertTrue(html.contains("2020年目标" + api.getInt("target") + "人次，已批准" + approved + "人次"), "the chart's label carries the figures");
        assertTrue(html.contains("<title>各年度补贴性职业技能培训：计划目标与已批准人次</title>"));
        assertTrue(html.contains(">" + approved + "</text>"), "the approved bar is labelled with its figure");
        assertTrue(html.contains("<td class=\"num\">" + money(api.getString("approvedAmount")) + "</td>"));
        assertTrue(html.contains("<th scope=\"row\">企业新型学徒培训</th><td class=\"num\">"
                + api.getInt("byProgramme.find { it.programme == 'APPRENTICESHIP' }.personTimes") + "</td>"));
        assertFalse(html.contains("5404"), "no personal data");

        String bad = given().queryParam("year", "20x0").get("/statistics").then().statusCode(400).contentType(HTML).extract().asString();
        assertTrue(field(bad, "year").contains("请填写2000至2100之间的年份") && field(bad, "year").contains("value=\"20x0\""));
    }

    @Test
    void thePagesAreNotInTheOpenApiDocumentAndTheStylesheetsAreServed() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths", not(org.hamcrest.Matchers.hasKey("/")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/rules")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/statistics")))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/evaluations"));
        given().get("/assets/linzhi.css").then().statusCode(200);
        given().get("/assets/subsidy.css").then().statusCode(200);
    }

    private static String money(String amount) {
        return new BigDecimal(amount).setScale(2).toPlainString() + " 元";
    }

    /** Text as an HTML page carries it (Qute's escaping). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The gazette reader's page for the provision the API's citation links to as JSON. */
    private static String readerLink(String apiLink) {
        assertTrue(apiLink != null && apiLink.contains("/api/v1/documents/by-number/"), "the API links the citation: " + apiLink);
        return apiLink.replace("/api/v1/documents/", "/documents/");
    }
}
