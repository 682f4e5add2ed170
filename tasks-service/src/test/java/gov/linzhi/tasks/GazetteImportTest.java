package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.VOCATIONAL;
import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static gov.linzhi.tasks.Fixtures.vocationalPlan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class GazetteImportTest {

    private static final List<String> COUNTIES = List.of("巴宜区", "米林县", "工布江达县", "波密县", "察隅县", "墨脱县", "朗县");

    @Test
    void theVocationalPlanGivesTwentyOneTasksLedByTheFirstListedUnit() {
        long planId = vocationalPlan();
        JsonPath tasks = given().auth().oauth2(auditor()).get("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(21, tasks.getList("items").size());
        assertEquals(List.of("3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.2.1", "3.2.2", "3.2.2.1", "3.2.3", "3.3", "4.4", "4.5",
                "4.6", "4.7", "5.8", "5.9", "5.10", "5.10.1", "5.11", "6.12", "6.13", "6.13.1"), tasks.getList("items.code"));
        assertEquals(12, tasks.getList("items.findAll { it.lead.name == '市人社局' }").size());
        assertEquals("市应急管理局", tasks.getString("items.find { it.code == '3.1.4' }.lead.name"));
        assertEquals("市旅发局", tasks.getString("items.find { it.code == '3.2.2' }.lead.name"));
        assertEquals("市商务局", tasks.getString("items.find { it.code == '3.2.2.1' }.lead.name"));
        assertEquals("市国资委", tasks.getString("items.find { it.code == '4.4' }.lead.name"));
        assertEquals("市财政局", tasks.getString("items.find { it.code == '6.13' }.lead.name"));
        assertEquals("市税务局", tasks.getString("items.find { it.code == '6.13.1' }.lead.name"));
        assertEquals(List.of("SOURCE_TEXT"), tasks.getList("items.leadBasis").stream().distinct().toList());
    }

    @Test
    void importedTasksCarryTheTargetsOfTheirProvisionAndThePlanItsOwn() {
        long planId = vocationalPlan();
        JsonPath tasks = given().auth().oauth2(auditor()).get("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("自治区级创业孵化基地 2 家", "市级创业孵化基地 4 家"), indicators(tasks, "3.3"));
        assertEquals(List.of("职业院校“双师型”教师占比 50 %", "民办职业培训机构专职教师比例 30 %"), indicators(tasks, "5.10"));
        assertEquals(List.of(), indicators(tasks, "3.1.1"), "subsidy standards and deadlines are rules, not targets");
        assertEquals(List.of(), indicators(tasks, "6.12"), "an advance share and a yearly limit are rules too");
        JsonPath plan = given().auth().oauth2(auditor()).get("/api/v1/plans/" + planId).then().statusCode(200).extract().jsonPath();
        List<String> own = plan.getList("indicators").stream().map(o -> (java.util.Map<?, ?>) o)
                .map(i -> i.get("name") + " " + new java.math.BigDecimal(String.valueOf(i.get("target"))).stripTrailingZeros().toPlainString()
                        + " " + i.get("unit")).toList();
        assertTrue(own.containsAll(List.of("全市开展各类补贴性职业技能培训 2.15 万人次", "技工学校 1 家", "市县（区）两级公共实训基地 8 个",
                "技能大师工作室 2 个", "企业职工培训中心 5 个")), own.toString());
        assertEquals("2", plan.getString("indicators[0].sourceReference"), "二、目标任务");
    }

    private static List<String> indicators(JsonPath tasks, String code) {
        List<java.util.Map<String, Object>> list = tasks.getList("items.find { it.code == '" + code + "' }.indicators");
        return list.stream().map(i -> i.get("name") + " " + new java.math.BigDecimal(String.valueOf(i.get("target")))
                .stripTrailingZeros().toPlainString() + " " + i.get("unit")).toList();
    }

    @Test
    void coDepartmentsAreResolvedAndTheCountiesExpanded() {
        long planId = vocationalPlan();
        long id = taskId(planId, "3.1.4");
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("text", is("实施高危行业安全技能提升计划"))
                .body("area.seq", is(3)).body("area.name", is("突出培训重点，广泛开展职业技能提升培训"))
                .body("source.documentNumber", is(VOCATIONAL)).body("source.reference", is("3.1.4"))
                .body("source.text", containsString("鼓励高危企业设立安全生产培训中心"))
                .body("lead.name", is("市应急管理局"))
                .body("leaderPost", is("副市长（分管应急管理）"))
                .body("dueOn", is("2021-12-31"))
                .body("coDepartments.name", containsInAnyOrder("市市场监管局", "市住建局", "市人社局", "巴宜区", "米林县",
                        "工布江达县", "波密县", "察隅县", "墨脱县", "朗县"));
        long noCounties = taskId(planId, "4.5");
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + noCounties).then().statusCode(200)
                .body("lead.name", is("市教育局")).body("coDepartments.name", is(List.of("市人社局")));
        long bianban = taskId(planId, "5.10");
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + bianban).then().statusCode(200)
                .body("coDepartments.name", hasItems("市委组织部", "市人社局"))
                .body("coDepartments.name", hasItems(COUNTIES.toArray(String[]::new)));
    }

    @Test
    void reimportingChangesNothing() {
        long planId = vocationalPlan();
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("documentNumber", VOCATIONAL))
                .post("/api/v1/plans/import-from-gazette")
                .then().statusCode(200)
                .body("plan.id", is((int) planId)).body("plan.taskCount", is(21))
                .body("plan.startYear", is(2019)).body("plan.endYear", is(2021))
                .body("created", is(0)).body("updated", is(0)).body("unchanged", is(21));
        given().auth().oauth2(auditor()).get("/api/v1/plans").then().statusCode(200)
                .body("items.findAll { it.code == '" + VOCATIONAL + "' }.size()", is(1));
    }

    @Test
    void onlyTheOfficeImports() {
        given().auth().oauth2(TestTokens.department("市人社局")).contentType(ContentType.JSON)
                .body(Map.of("documentNumber", VOCATIONAL)).post("/api/v1/plans/import-from-gazette")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(Map.of("documentNumber", VOCATIONAL))
                .post("/api/v1/plans/import-from-gazette").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownUnitInAClauseIsReportedAndNothingIsCreated() {
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("documentNumber", "林政办发〔2099〕2号"))
                .post("/api/v1/plans/import-from-gazette")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", is("UNKNOWN_DEPARTMENT"))
                .body("violations.field", is(List.of("3.1.4")))
                .body("violations[0].message", is("unknown department 市消防救援支队"));
        given().auth().oauth2(auditor()).get("/api/v1/plans").then().statusCode(200)
                .body("items.code", not(hasItem("林政办发〔2099〕2号")));
        given().auth().oauth2(auditor()).queryParam("name", "市消防救援支队").get("/api/v1/departments/resolve")
                .then().statusCode(404);
    }

    @Test
    void malformedNumbersAre400HereAndNeverOpenTheCircuitToTheGazette() {
        for (int i = 0; i < 15; i++) {
            given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("documentNumber", "not-a-number-" + i))
                    .post("/api/v1/plans/import-from-gazette")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", is("INVALID_DOCUMENT_NUMBER")).body("violations.field", hasItem("documentNumber"));
        }
        // an answer about the request from gazette-service is no outage either: the next lookups still reach it
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("documentNumber", "林政发〔2099〕404号"))
                .post("/api/v1/plans/import-from-gazette")
                .then().statusCode(404).body("code", is("DOCUMENT_NOT_FOUND"));
    }

    @Test
    void anUnknownDocumentIs404() {
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("documentNumber", "林政发〔2099〕404号"))
                .post("/api/v1/plans/import-from-gazette")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("DOCUMENT_NOT_FOUND"));
    }

    @Test
    void gazetteDownIs503AndTheCachedProvisionTextIsStillServed() {
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("documentNumber", "林政办发〔2099〕1号"))
                .post("/api/v1/plans/import-from-gazette")
                .then().statusCode(503).contentType("application/problem+json")
                .body("code", is("GAZETTE_UNAVAILABLE")).body("status", is(503))
                .body(not(containsString("Exception")));

        long planId = vocationalPlan();
        long down = taskId(planId, "3.1.1");
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + down + "/provision")
                .then().statusCode(503).contentType("application/problem+json").body("code", is("GAZETTE_UNAVAILABLE"));
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + down).then().statusCode(200)
                .body("source.text", containsString("推行企业新录用人员先招工、再培训、后上岗的岗前培训制度"));
    }

    @Test
    void theLiveProvisionComesFromGazetteService() {
        long id = taskId(vocationalPlan(), "3.1.4");
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id + "/provision").then().statusCode(200)
                .body("documentNumber", is(VOCATIONAL)).body("path", is("3.1.4"))
                .body("heading", is("实施高危行业安全技能提升计划"))
                .body("text", containsString("严格落实从业人员安全技能培训合格后上岗制度"));
    }

    @Test
    void theShippedWorkReportPlanHasTenAreasAndSaysWhoAssignedTheLeads() {
        JsonPath plans = given().auth().oauth2(auditor()).get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        long id = plans.getLong("items.find { it.code == 'GZBG-2020' }.id");
        given().auth().oauth2(auditor()).get("/api/v1/plans/" + id).then().statusCode(200)
                .body("sourceDocumentNumber", is("林政发〔2020〕9号")).body("origin", is("SHIPPED_DATA"))
                .body("areas.size()", is(10)).body("areas[9].name", is("做好民生十件实事"));
        JsonPath tasks = given().auth().oauth2(auditor()).get("/api/v1/plans/" + id + "/tasks")
                .then().statusCode(200).body("items.leadBasis", everyItem(is("OFFICE_ASSIGNED"))).extract().jsonPath();
        assertEquals(42, tasks.getList("items").size());
        assertEquals(10, tasks.getList("items.findAll { it.area.seq == 10 }").size());
        assertEquals(129.0, tasks.getDouble("items.find { it.code == '2.3' }.indicators.find { it.unit == '亿元' }.target"));
        assertEquals("市旅发局", tasks.getString("items.find { it.code == '3.1' }.lead.name"));
        assertEquals(List.of(1020.0, 85.0), tasks.getList("items.find { it.code == '3.1' }.indicators.target", Double.class));
        assertEquals(3828.0, tasks.getDouble("items.find { it.code == '10.5' }.indicators[0].target"));
        given().auth().oauth2(auditor()).get("/api/v1/plans/" + id + "/tasks").then()
                .body("items.code", hasItems("2.1", "2.8", "3.1", "6.1", "6.2", "6.3", "6.4", "7.1", "10.1", "10.10"))
                .body("items.find { it.code == '2.6' }.indicators[0].direction", is("LOWER_IS_BETTER"))
                .body("items.source.text", hasItem("实现新增城镇就业4000人"));
    }

    @Test
    void departmentNamesResolveThroughTheirAliases() {
        given().auth().oauth2(auditor()).queryParam("name", "市场监督管理局").get("/api/v1/departments/resolve")
                .then().statusCode(200).body("departments.name", is(List.of("市市场监管局")));
        given().auth().oauth2(auditor()).queryParam("name", "总工会").get("/api/v1/departments/resolve")
                .then().statusCode(200).body("departments.name", is(List.of("市总工会")));
        given().auth().oauth2(auditor()).queryParam("name", "各县（区）人民政府").get("/api/v1/departments/resolve")
                .then().statusCode(200).body("collective", is(true)).body("departments.name", is(COUNTIES));
        given().auth().oauth2(auditor()).queryParam("name", "市不存在局").get("/api/v1/departments/resolve")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("UNKNOWN_DEPARTMENT"));
        given().auth().oauth2(auditor()).get("/api/v1/departments").then().statusCode(200)
                .body("items.find { it.name == '市人社局' }.aliases", hasItem("市人力资源和社会保障局"));
    }
}
