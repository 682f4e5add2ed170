package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class TaskImportTest {

    private static final String HEADER = "code,area,text,lead,leadBasis,coDepartments,leaderPost,dueOn,sourceDocumentNumber,"
            + "sourceReference,indicatorName,indicatorUnit,indicatorBaseline,indicatorTarget,indicatorDirection\n";

    private static final String GOOD = HEADER
            + "6.1,6,开发就业岗位5000个,人社局,,各县（区）人民政府,,2020-12-31,林政发〔2020〕9号,二、（六）,开发就业岗位,个,,5000,\n"
            + "7.1,推动生态保护再上台阶,全年完成绿化造林4万亩以上,市林业和草原局,OFFICE_ASSIGNED,,,,,,绿化造林,万亩,3.42,4,HIGHER_IS_BETTER\n"
            + "2.6,2,居民消费价格涨幅控制在3.4%以内,发改委,OFFICE_ASSIGNED,市场监管局；市财政局,常务副市长,,,,居民消费价格涨幅,%,2.8,3.4,LOWER_IS_BETTER\n";

    private static int taskCount(long plan) {
        return given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void aGoodCsvIsImportedAndReimportingChangesNothing() {
        long plan = newPlan("csv");
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body("\uFEFF" + GOOD)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(200)
                .body("created", is(3)).body("updated", is(0)).body("plan.taskCount", is(3));
        given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/tasks").then().statusCode(200)
                .body("items.find { it.code == '6.1' }.lead.name", is("市人社局"))
                .body("items.find { it.code == '6.1' }.coDepartments.size()", is(7))
                .body("items.find { it.code == '6.1' }.leadBasis", is("SOURCE_TEXT"))
                .body("items.find { it.code == '7.1' }.lead.name", is("市林草局"))
                .body("items.find { it.code == '7.1' }.area.seq", is(7))
                .body("items.find { it.code == '7.1' }.indicators[0].baseline", is(3.42f))
                .body("items.find { it.code == '2.6' }.coDepartments.name", containsInAnyOrder("市市场监管局", "市财政局"))
                .body("items.find { it.code == '2.6' }.indicators[0].direction", is("LOWER_IS_BETTER"))
                .body("items.find { it.code == '2.6' }.leaderPost", is("常务副市长"));
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body(GOOD)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(200)
                .body("created", is(0)).body("updated", is(0)).body("unchanged", is(3));
    }

    @Test
    void oneBadLineRejectsTheWholeFileWithLineNumbers() {
        long plan = newPlan("csv-bad");
        String bad = HEADER
                + "6.1,6,开发就业岗位5000个,市人社局,,,,,,,,,,,\n"
                + "6.2,6,实现新增城镇就业4000人,市不存在局,,,,,,,,,,,\n"
                + "6.3,11,农牧民转移就业2.5万人以上,市人社局,,,,2020-02-30,,,转移就业,万人,,很多,\n"
                + "6.1,6,重复的编号,市人社局,,,,,,,,,,,\n";
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body(bad)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(422)
                .contentType("application/problem+json").body("code", is("IMPORT_REJECTED"))
                .body("violations.field", hasItem("line 4: indicatorTarget"));
        assertNothingImported(plan);
        String semanticallyBad = HEADER
                + "6.1,6,开发就业岗位5000个,市人社局,,,,,,,,,,,\n"
                + "6.2,6,实现新增城镇就业4000人,市不存在局,,,,,,,,,,,\n"
                + "6.3,11,农牧民转移就业2.5万人以上,市人社局,,,,2020-02-30,,,,,,,\n"
                + "6.1,6,重复的编号,市人社局,,各县（区）人民政府,,,,,,,,,\n";
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body(semanticallyBad)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(422)
                .body("code", is("IMPORT_REJECTED"))
                .body("violations.field", containsInAnyOrder("line 3: lead", "line 4: area", "line 4: dueOn", "line 5: code"))
                .body("violations.find { it.field == 'line 3: lead' }.message", is("unknown department 市不存在局"));
        assertNothingImported(plan);
    }

    private static void assertNothingImported(long plan) {
        given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/tasks").then().statusCode(200)
                .body("items.size()", is(0));
    }

    @Test
    void jsonImportIsAllOrNothingToo() {
        long plan = newPlan("json");
        List<Map<String, Object>> rows = List.of(
                Map.of("code", "10.9", "area", "10", "text", "规范建设主城区11个停车场", "lead", "市住建局",
                        "indicators", List.of(Map.of("name", "停车场", "unit", "个", "target", 11))),
                Map.of("code", "10.8", "area", "10", "text", "建设公交总站", "lead", "各县（区）人民政府"));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(rows)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(422)
                .body("violations.field", is(List.of("item 2: lead")));
        assertNothingImported(plan);
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(rows.subList(0, 1))
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(200).body("created", is(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, taskCount(plan));
    }

    @Test
    void aPlanCodeIsUnique() {
        long plan = newPlan("unique");
        String code = given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan).then().statusCode(200)
                .body("origin", is("OFFICE")).body("areas.size()", is(10)).extract().jsonPath().getString("code");
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "重复", "startYear", 2020, "endYear", 2020, "areas", List.of("一")))
                .post("/api/v1/plans").then().statusCode(409).contentType("application/problem+json")
                .body("code", is("PLAN_EXISTS"));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-x", "title", "年份颠倒", "startYear", 2021, "endYear", 2020, "areas", List.of("一")))
                .post("/api/v1/plans").then().statusCode(400).body("violations[0].field", is("endYear"));
    }

    @Test
    void malformedOrUnauthorisedImportsAreRefused() {
        long plan = newPlan("csv-refused");
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body("code,area\n6.1,6\n")
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(422)
                .body("violations.message", hasItem("missing column text"));
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body("code,area,text,lead\n\"6.1,6\n")
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(400).body("code", is("MALFORMED_CSV"));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(400).body("code", is("BODY_REQUIRED"));
        given().auth().oauth2(TestTokens.department("市人社局")).contentType("text/csv; charset=UTF-8").body(GOOD)
                .post("/api/v1/plans/" + plan + "/tasks/import").then().statusCode(403);
        given().auth().oauth2(supervisor()).contentType("text/csv; charset=UTF-8").body(GOOD)
                .post("/api/v1/plans/999999/tasks/import").then().statusCode(404).body("code", is("PLAN_NOT_FOUND"));
        assertNothingImported(plan);
    }

    @Test
    void aSupervisorWithAVeryLongNameStillWritesAndTheAuditKeepsAFittedName() {
        String longName = "supervisor." + "x".repeat(240) + "@linzhi.gov.cn";
        given().auth().oauth2(gov.linzhi.platform.testing.TestTokens.departmentUserWithRoles("督查室", longName, "supervisor"))
                .contentType(ContentType.JSON)
                .body(java.util.Map.of("code", "LONG-" + java.util.UUID.randomUUID().toString().substring(0, 8), "title", "长名称测试",
                        "sourceDocumentNumber", "林政发〔2020〕9号", "startYear", 2020, "endYear", 2020, "areas", Fixtures.TEN_AREAS))
                .post("/api/v1/plans").then().statusCode(201);
    }
}
