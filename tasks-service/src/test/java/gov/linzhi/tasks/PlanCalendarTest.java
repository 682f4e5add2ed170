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
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static gov.linzhi.tasks.Fixtures.vocationalPlan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each plan is supervised on its own calendar: 林政办发〔2020〕5号 on its 月报、季报和年报 (七（十四）; the days the office
 * assigned), from its issue date 2020-01-16; a plan of 林政发〔2020〕9号 on the notice's 7月5日, 9月30日, 12月15日.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class PlanCalendarTest {

    @Inject
    EntityManager em;

    private static JsonPath view(long plan, String asOf) {
        return given().auth().oauth2(auditor()).queryParam("planId", plan).queryParam("asOf", asOf).get("/api/v1/supervision")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath calendar(long plan) {
        return given().auth().oauth2(auditor()).get("/api/v1/plans/" + plan + "/calendar").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theVocationalPlanHasItsMonthlyQuarterlyAndAnnualReportsFromItsIssueDate() {
        JsonPath c = calendar(vocationalPlan());
        assertEquals("2020-01-16", c.getString("issuedOn"));
        assertEquals(17, c.getList("periods").size());
        assertEquals(List.of("M01", "1月", "02-05", "OFFICE_ASSIGNED"), List.of(c.getString("periods[0].period"),
                c.getString("periods[0].label"), c.getString("periods[0].due"), c.getString("periods[0].basis")));
        assertEquals(1, c.getInt("periods.find { it.period == 'ANNUAL' }.dueYearOffset"), "the annual report by 15 January");
        JsonPath notice = calendar(newPlan("calendar"));
        assertEquals(List.of("H1", "Q3", "ANNUAL"), notice.getList("periods.period"));
        assertEquals(List.of("07-05", "09-30", "12-15"), notice.getList("periods.due"));
        assertEquals(List.of("GAZETTE", "GAZETTE", "GAZETTE"), notice.getList("periods.basis"));
    }

    @Test
    void beforeItsIssueDateTheVocationalPlanOwesNothingAndThenItIsDueOnItsOwnCalendar() {
        long plan = vocationalPlan();
        JsonPath july2019 = view(plan, "2019-07-06");
        assertTrue(july2019.getInt("summary.tasks") > 0);
        assertEquals(0, july2019.getInt("summary.red"), "no task is red before the plan existed");
        assertEquals(0, july2019.getInt("summary.missingReports"));
        // its first report: January 2020, due 5 February (December and the 2019 annual report were due before 16 January)
        long task = taskId(plan, "3.1.4");
        JsonPath feb = view(plan, "2020-02-06");
        assertEquals("RED", feb.getString("tasks.find { it.taskId == " + task + " }.status"));
        assertEquals("未按期报送：1月报告（应于2020-02-05前报送）", feb.getString("tasks.find { it.taskId == " + task + " }.reason"));
        assertTrue(feb.getList("missingReports.missing.flatten().label").stream().allMatch("1月"::equals));
    }

    @Test
    void aReportFiledAfterItsDueDateCountsForItsPeriodAsLate() {
        long plan = vocationalPlan();
        long task = taskId(plan, "3.1.4");
        MutableClock.setToday(LocalDate.of(2020, 4, 20));
        given().auth().oauth2(TestTokens.department("市应急管理局")).contentType(ContentType.JSON)
                .body(Map.of("period", "Q1", "year", 2020, "percentComplete", 20, "narrative", "一季度开展安全生产培训。"))
                .post("/api/v1/tasks/" + task + "/reports")
                .then().statusCode(201).body("late", is(true)).body("dueOn", is("2020-04-10")).body("periodLabel", is("第一季度"));
        JsonPath may = view(plan, "2020-05-01");
        assertEquals("LATE", may.getString("tasks.find { it.taskId == " + task + " }.periods.find { it.period == 'Q1' }.state"));
        assertEquals("2020-04-20", may.getString("tasks.find { it.taskId == " + task + " }.periods.find { it.period == 'Q1' }.filedOn"));
        // a period the plan's calendar does not have is refused
        given().auth().oauth2(TestTokens.department("市应急管理局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 20, "narrative", "x"))
                .post("/api/v1/tasks/" + task + "/reports")
                .then().statusCode(422).contentType("application/problem+json").body("code", is("PERIOD_NOT_IN_CALENDAR"))
                .body("detail", containsString("第一季度"));
    }

    @Test
    void theRemindersListWhatEachDepartmentOwesNextAndByWhen() {
        long plan = newPlan("reminders");
        Fixtures.importCsv(plan, "code,area,text,lead,coDepartments\n"
                + "3.1,3,全年接待游客1020万人次,市旅发局,\n3.2,3,开展导游培训,市人社局,\n");
        long tourism = taskId(plan, "3.1");
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        given().auth().oauth2(TestTokens.department("市旅发局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 48, "narrative", "上半年接待游客490万人次。"))
                .post("/api/v1/tasks/" + tourism + "/reports").then().statusCode(201);
        JsonPath before = given().auth().oauth2(auditor()).queryParam("planId", plan).queryParam("asOf", "2020-07-02")
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("市旅发局", "市人社局").stream().sorted().toList(),
                before.getList("departments.department.name", String.class).stream().sorted().toList());
        assertEquals(List.of("Q3", "2020-09-30", "DUE"), List.of(
                before.getString("departments.find { it.department.name == '市旅发局' }.reminders[0].period"),
                before.getString("departments.find { it.department.name == '市旅发局' }.reminders[0].dueOn"),
                before.getString("departments.find { it.department.name == '市旅发局' }.reminders[0].state")), "H1 is filed: Q3 is next");
        assertEquals(3, before.getInt("departments.find { it.department.name == '市人社局' }.reminders[0].daysLeft"));
        JsonPath after = given().auth().oauth2(auditor()).queryParam("planId", plan).queryParam("asOf", "2020-07-06")
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("OVERDUE", "DUE"), after.getList("departments.find { it.department.name == '市人社局' }.reminders.state"));
        assertEquals(-1, after.getInt("departments.find { it.department.name == '市人社局' }.reminders[0].daysLeft"));
        String csv = given().auth().oauth2(auditor()).queryParam("planId", plan).queryParam("asOf", "2020-07-06")
                .get("/api/v1/reminders/export").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("牵头单位,任务编号,任务内容,报告期,应报日期,状态,剩余天数"), csv);
        assertTrue(csv.contains("市人社局,3.2,开展导游培训,上半年,2020-07-05,逾期未报,-1"), csv);
    }

    @Test
    void underTheNoticeEachCountyReportsOnTheTasksItCoOwnsAndItsMissingReportsCount() {
        long plan = newPlan("counties");
        assertTrue(calendar(plan).getBoolean("countiesReport"), "9号: 各县（区）、各牵头部门……报市人民政府督查室");
        assertEquals(false, calendar(vocationalPlan()).getBoolean("countiesReport"));
        Fixtures.importCsv(plan, "code,area,text,lead,coDepartments\n10.5,10,建成保障性住房3828套,市住建局,各县（区）人民政府\n");
        long task = taskId(plan, "10.5");
        MutableClock.setToday(LocalDate.of(2020, 7, 3));
        given().auth().oauth2(TestTokens.department("市住建局")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "percentComplete", 50, "narrative", "上半年开工2000套。"))
                .post("/api/v1/tasks/" + task + "/reports").then().statusCode(201);
        given().auth().oauth2(TestTokens.department("巴宜区")).contentType(ContentType.JSON)
                .body(Map.of("period", "H1", "year", 2020, "narrative", "巴宜区开工600套。"))
                .post("/api/v1/tasks/" + task + "/reports").then().statusCode(201).body("kind", is("CONTRIBUTION"));
        JsonPath v = view(plan, "2020-07-06");
        List<Map<String, Object>> counties = v.getList("tasks[0].countyReports");
        assertEquals(21, counties.size(), "the seven counties, each of the three periods");
        assertEquals(7, counties.stream().filter(c -> "H1".equals(c.get("period"))).count());
        assertEquals(1, counties.stream().filter(c -> "ON_TIME".equals(c.get("state"))).count());
        assertEquals(6, v.getInt("summary.missingReports"), "six counties have not reported; the lead has");
        assertEquals("GREEN", v.getString("tasks[0].status"), "the task's colour is its lead's report");
        assertTrue(v.getList("missingReports.department.name").contains("察隅县"));
        assertEquals(1, v.getInt("departmentScorecards.find { it.name == '察隅县' }.reportsMissing"));
        assertEquals(0, v.getInt("departmentScorecards.find { it.name == '巴宜区' }.reportsMissing"));
        assertEquals(1, v.getInt("departmentScorecards.find { it.name == '巴宜区' }.reportsOnTime"));
    }

    @Test
    void theSupervisorChangesACalendarAndTheChangeIsAudited() {
        long plan = newPlan("calendar-change");
        Map<String, Object> body = Map.of("periods", List.of(
                Map.of("period", "H1", "label", "上半年", "due", "07-10", "dueYearOffset", 0, "basis", "OFFICE_ASSIGNED"),
                Map.of("period", "ANNUAL", "label", "全年", "due", "01-10", "dueYearOffset", 1, "basis", "OFFICE_ASSIGNED")));
        given().auth().oauth2(TestTokens.department("市人社局")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/plans/" + plan + "/calendar").then().statusCode(403);
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(body).put("/api/v1/plans/" + plan + "/calendar")
                .then().statusCode(200).body("periods.period", org.hamcrest.Matchers.contains("H1", "ANNUAL"));
        assertEquals(List.of("07-10", "01-10"), calendar(plan).getList("periods.due"));
        Object details = em.createNativeQuery("SELECT details FROM audit_log WHERE action = 'PLAN_CALENDAR_CHANGED' AND subject = ?1")
                .setParameter(1, "plan/" + plan).getSingleResult();
        assertTrue(String.valueOf(details).contains("H1 上半年 07-05 GAZETTE"), String.valueOf(details));
        // a period twice, a day no year has, no period at all
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("periods", List.of(
                        Map.of("period", "H1", "label", "上半年", "due", "07-10", "dueYearOffset", 0, "basis", "GAZETTE"),
                        Map.of("period", "H1", "label", "上半年", "due", "07-11", "dueYearOffset", 0, "basis", "GAZETTE"))))
                .put("/api/v1/plans/" + plan + "/calendar").then().statusCode(400).body("code", is("INVALID_CALENDAR"));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("periods", List.of(
                        Map.of("period", "H1", "label", "上半年", "due", "02-30", "dueYearOffset", 0, "basis", "GAZETTE"))))
                .put("/api/v1/plans/" + plan + "/calendar").then().statusCode(400).body("violations[0].field", is("periods[0].due"));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("periods", List.of()))
                .put("/api/v1/plans/" + plan + "/calendar").then().statusCode(400);
    }
}
