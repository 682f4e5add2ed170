package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.fileReport;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.taskId;
import static gov.linzhi.tasks.Fixtures.vocationalPlan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class ReportsTest {

    private static final String HEADER = "code,area,text,lead,coDepartments\n";

    /** A fresh plan with one tourism task: lead 市旅发局, co-departments 市人社局 and the seven counties. */
    private static long tourismTask() {
        long plan = newPlan("reports");
        importCsv(plan, HEADER + "3.1,3,全年接待游客1020万人次,市旅发局,市人社局、各县（区）人民政府\n");
        return taskId(plan, "3.1");
    }

    @Test
    void aFilingResentWithItsIdempotencyKeyReturnsTheSameReportAndAnotherBodyIs409() {
        long id = tourismTask();
        MutableClock.setToday(LocalDate.of(2020, 7, 2));
        String token = TestTokens.departmentUser("旅发局", "张三");
        Map<String, Object> body = Map.of("period", "H1", "year", 2020, "percentComplete", 48, "narrative", "上半年接待游客490万人次。");
        String key = "h1-2020-" + id;
        int first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "false").body("version", is(1)).extract().path("id");
        // re-sent after a timeout: the same report, no new version
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", is(first)).body("version", is(1));
        // the key with another body, or for another task, is refused and records nothing
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 60, "narrative", "上半年接待游客490万人次。"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(409).contentType("application/problem+json").body("code", is("IDEMPOTENCY_KEY_REUSED"));
        long other = tourismTask();
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/" + other + "/reports")
                .then().statusCode(409).body("code", is("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(1, given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id + "/reports").then().statusCode(200)
                .extract().jsonPath().getList("items.id").size(), "one report on the task");
        // without a key, a second filing is a new version, as before
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201).body("version", is(2));
        // a key longer than 200 characters is refused
        given().auth().oauth2(token).header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDepartmentThatIsNotAssignedGets403() {
        long id = taskId(vocationalPlan(), "3.1.4");
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        given().auth().oauth2(TestTokens.department("市教育局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 40, "narrative", "x"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", is("DEPARTMENT_NOT_ASSIGNED"))
                .body("detail", containsString("市应急管理局"));
        given().auth().oauth2(TestTokens.department("市不存在局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 40, "narrative", "x"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(403).body("code", is("UNKNOWN_CALLER_DEPARTMENT"));
        given().auth().oauth2(TestTokens.withRoles("supervisor")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 40, "narrative", "x"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(403).body("code", is("FORBIDDEN"));
    }

    @Test
    void theLeadFilesTheOfficialReportAndCoDepartmentsContribute() {
        long id = tourismTask();
        MutableClock.setToday(LocalDate.of(2020, 7, 2));
        given().auth().oauth2(TestTokens.departmentUser("旅发局", "张三")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 48, "narrative", "上半年接待游客490万人次。",
                        "problems", "疫情影响客流。", "nextSteps", "办好“两节加一季”。"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201).header("Location", containsString("/api/v1/tasks/" + id + "/reports/"))
                .body("kind", is("OFFICIAL")).body("department.name", is("市旅发局")).body("filedBy", is("张三"))
                .body("version", is(1)).body("late", is(false)).body("dueOn", is("2020-07-05"))
                .body("filedOn", is("2020-07-02")).body("problems", is("疫情影响客流。"));
        given().auth().oauth2(TestTokens.department("市人力资源和社会保障局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "narrative", "开展导游培训3期。"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201).body("kind", is("CONTRIBUTION")).body("department.name", is("市人社局"));
        given().auth().oauth2(TestTokens.department("墨脱县人民政府")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "narrative", "推进景区提升。"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201).body("kind", is("CONTRIBUTION")).body("department.name", is("墨脱县"));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "narrative", "没有进度。"))
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItems("percentComplete"));
    }

    @Test
    void aReportAfterTheDueDateIsAcceptedAndMarkedLate() {
        long id = tourismTask();
        MutableClock.setToday(LocalDate.of(2020, 7, 5));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 50, "narrative", "按时报送。"))
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201).body("late", is(false));
        MutableClock.setToday(LocalDate.of(2020, 10, 9));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "Q3", "year", 2020, "percentComplete", 70, "narrative", "国庆后补报。"))
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201)
                .body("late", is(true)).body("dueOn", is("2020-09-30")).body("filedOn", is("2020-10-09"));
    }

    @Inject
    EntityManager em;

    @Test
    void filingsOfOneSeriesAtTheSameMomentAreAllTakenEachItsOwnVersion() throws Exception {
        long id = tourismTask();
        MutableClock.setToday(LocalDate.of(2020, 7, 2));
        int filings = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(filings);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < filings; i++) {
            int percent = i;
            statuses.add(pool.submit(() -> {
                start.await();
                return fileReport("市旅发局", "张三", id, "H1", percent);
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<Integer> status : statuses) {
            assertEquals(201, status.get(), "every filing is taken, none refused or failed");
        }
        pool.shutdown();
        List<Integer> versions = given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(200).extract().jsonPath().getList("items.version", Integer.class);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, filings).boxed().toList(), versions.stream().sorted().toList());
    }

    @Test
    void reportsAreImmutableAndTheSuccessorCarriesOn() {
        long id = tourismTask();
        MutableClock.setToday(LocalDate.of(2020, 7, 3));
        assertEquals(201, fileReport("市旅发局", "张三", id, "H1", 45));
        MutableClock.setToday(LocalDate.of(2020, 7, 4));
        assertEquals(201, fileReport("市旅发局", "李四", id, "H1", 47));
        JsonPath history = given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2), history.getList("items.version"));
        assertEquals(List.of(45, 47), history.getList("items.percentComplete"));
        assertEquals(List.of("张三", "李四"), history.getList("items.filedBy"));
        assertEquals(List.of(false, true), history.getList("items.current"));
        assertEquals(List.of("市旅发局", "市旅发局"), history.getList("items.department.name"));
        long dept = history.getLong("items[0].department.id");
        given().auth().oauth2(auditor()).get("/api/v1/departments/" + dept + "/reports").then().statusCode(200)
                .body("items.findAll { it.taskId == " + id + " }.filedBy", is(List.of("张三", "李四")));
        long first = history.getLong("items[0].id");
        List<?> audited = em.createNativeQuery("SELECT actor FROM audit_log WHERE action = 'REPORT_FILED' AND subject = ?1 ORDER BY id")
                .setParameter(1, "task/" + id).getResultList();
        assertEquals(List.of("张三", "李四"), audited);
        given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id + "/reports/" + first).then().statusCode(200)
                .body("percentComplete", is(45)).body("current", is(false));
    }

    @Test
    void indicatorValuesAreReportedAndExported() throws Exception {
        long plan = newPlan("indicators");
        importCsv(plan, "code,area,text,lead,indicatorName,indicatorUnit,indicatorBaseline,indicatorTarget\n"
                + "3.1,3,全年接待游客1020万人次,市旅发局,接待游客,万人次,864,1020\n");
        long id = taskId(plan, "3.1");
        long indicator = given().auth().oauth2(auditor()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("indicators[0].name", is("接待游客")).extract().jsonPath().getLong("indicators[0].id");
        MutableClock.setToday(LocalDate.of(2020, 7, 3));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 48, "narrative", "上半年接待游客490万人次。",
                        "indicatorValues", List.of(Map.of("indicatorId", indicator, "value", 490))))
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201)
                .body("indicatorValues[0].name", is("接待游客")).body("indicatorValues[0].value", is(490));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 48, "narrative", "x",
                        "indicatorValues", List.of(Map.of("indicatorId", 999999, "value", 1))))
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(422).body("code", is("UNKNOWN_INDICATOR"));
        String csv = given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/export").then().statusCode(200)
                .extract().asString();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv.substring(1),
                org.apache.commons.csv.CSVFormat.EXCEL.builder().setHeader().get())) {
            org.apache.commons.csv.CSVRecord row = parser.getRecords().get(0);
            assertEquals("接待游客≥1020万人次（基数864）", row.get("量化指标"));
            assertEquals("接待游客 490万人次", row.get("指标报告值"));
            assertEquals("48", row.get("完成进度(%)"));
            assertEquals("否", row.get("是否逾期"));
        }
    }

    @Test
    void aYearOutsideThePlanIsRefused() {
        long id = tourismTask();
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2021, "percentComplete", 10, "narrative", "x"))
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(422)
                .contentType("application/problem+json").body("code", is("YEAR_OUTSIDE_PLAN"));
        given().auth().oauth2(TestTokens.department("市旅发局")).get("/api/v1/tasks/999999/reports")
                .then().statusCode(404).body("code", is("TASK_NOT_FOUND"));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(400).body("code", startsWith("BODY_REQUIRED"));
    }
}
