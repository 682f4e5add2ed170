package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.platform.testing.browser.Browser;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.linzhi.tasks.Fixtures.auditor;
import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.supervisor;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real headless Chromium (Debian's chromium + chromium-driver): sign in through the
 * form with a supervisor token, read the board at 2020-07-06 with its red tasks and chart, open a
 * task, correct a bad date, sign out. A failing test leaves target/screenshots/<class>-<test>.png.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class BoardPagesBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    private long plan;
    private long jobs;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void planWithReports() {
        plan = newPlan("browser");
        importCsv(plan, """
                code,area,text,lead,coDepartments,indicatorName,indicatorUnit,indicatorTarget
                6.1,6,开发就业岗位5000个,市人社局,各县（区）人民政府,开发就业岗位,个,5000
                6.5,6,新开30所农牧区双语幼儿园,市教育局,,,,
                3.3,3,藏猪养殖规模达到70万头以上,市农业农村局,,,,
                """);
        jobs = taskId(plan, "6.1");
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
        assertEquals(201, Fixtures.fileReportWithValue("市人社局", "王五", jobs, 55, Fixtures.firstIndicatorId(jobs), 3100));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("note", "上半年未报送，列入重点抽查督办"))
                .put("/api/v1/tasks/" + taskId(plan, "3.3") + "/flag").then().statusCode(200);
        browser.driver().manage().deleteAllCookies();
    }

    private URL at(String pathAndQuery) throws Exception {
        return new URL(root, pathAndQuery);
    }

    private void signIn(WebDriver driver, String token) {
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("form.panel button[type=submit]")).click();
    }

    @Test
    void anUnauthenticatedVisitLandsOnTheSignInPage(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(at("tasks/" + jobs));
            assertTrue(driver.getCurrentUrl().contains("/sign-in?next="), driver.getCurrentUrl());
            assertEquals("登录督查系统", driver.findElement(By.tagName("h1")).getText());
            WebElement label = driver.findElement(By.cssSelector("label[for=token]"));
            assertEquals("访问令牌（JWT）", label.getText());
            // The keyboard reaches the skip link first, then the form: no mouse needed.
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertEquals("跳到正文", driver.switchTo().activeElement().getText());
            saveView(driver, "sign-in");
            signIn(driver, TestTokens.expired("supervisor"));
            // the click returns before the refused form's page has loaded on a busy machine
            WebElement error = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("token-error")));
            assertTrue(error.getText().startsWith("令牌已过期"), error.getText());
            assertEquals("", driver.findElement(By.id("token")).getAttribute("value"), "the token is not written back");
        });
    }

    @Test
    void aSupervisorSignsInSeesRedTasksAndTheChartAndOpensATask(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(at("?plan=" + plan + "&asOf=2020-07-06"));
            signIn(driver, supervisor());
            browser.await().until(ExpectedConditions.urlContains("asOf=2020-07-06"));
            assertEquals("政府工作报告重点任务督查看板", driver.findElement(By.tagName("h1")).getText());
            assertEquals("2020-07-06", driver.findElement(By.id("asOf")).getAttribute("value"));

            // Red tasks with their reason, as text next to the colour.
            List<WebElement> redRows = driver.findElements(By.xpath(
                    "//table[@class='tasks']//tr[td/span[contains(@class,'rag-RED')]]"));
            assertEquals(2, redRows.size(), "6.5 and 3.3 owe their H1 report");
            for (WebElement row : redRows) {
                assertEquals("红", row.findElement(By.cssSelector("span.rag")).getText());
                assertTrue(row.getText().contains("未按期报送：上半年报告（应于2020-07-05前报送）"), row.getText());
            }
            // The chart: one bar per lead department with its counts written out.
            WebElement chart = driver.findElement(By.cssSelector("svg.rag-chart[role=img]"));
            assertTrue(chart.findElement(By.tagName("title")).getAttribute("textContent").startsWith("各牵头单位任务状态"));
            Map<String, String> counts = new java.util.TreeMap<>();
            for (WebElement row : chart.findElements(By.cssSelector("g.chart-row"))) {
                counts.put(row.findElement(By.cssSelector("text.chart-label")).getAttribute("textContent"),
                        row.findElement(By.cssSelector("text.chart-counts")).getAttribute("textContent"));
            }
            assertEquals(Map.of("市人社局", "绿 1 · 黄 0 · 红 0", "市教育局", "绿 0 · 黄 0 · 红 1",
                    "市农业农村局", "绿 0 · 黄 0 · 红 1"), counts);
            assertEquals(2, chart.findElements(By.cssSelector("g.chart-row rect.seg-RED")).size());
            assertTrue(driver.findElement(By.cssSelector("table.flagged")).getText().contains("上半年未报送，列入重点抽查督办"));
            assertTrue(driver.findElement(By.cssSelector("table.missing")).getText().contains("市农业农村局"));
            assertTrue(driver.findElement(By.linkText("导出 Excel 表格（督查情况、缺报清单、部门评分）")).getAttribute("href")
                    .endsWith("/board/export?asOf=2020-07-06&plan=" + plan + "&format=xlsx"));
            saveView(driver, "board");

            driver.findElement(By.linkText("开发就业岗位5000个")).click();
            browser.await().until(ExpectedConditions.urlContains("/tasks/" + jobs));
            assertEquals("开发就业岗位5000个", driver.findElement(By.tagName("h1")).getText());
            WebElement history = driver.findElement(By.cssSelector("table.reports"));
            assertTrue(history.getText().contains("王五"));
            assertTrue(history.getText().contains("2020-07-01"));
            assertTrue(history.getText().contains("按时"));
            WebElement bar = driver.findElement(By.cssSelector("svg.indicator-bar[role=img]"));
            assertEquals("62", bar.findElement(By.cssSelector("rect.bar")).getAttribute("width"));
            assertTrue(driver.findElement(By.cssSelector(".indicator-figures")).getText()
                    .startsWith("已完成 3100个 / 目标 5000个（62%）"));
            saveView(driver, "task");
        });
    }

    @Test
    void aBadDateIsShownNextToTheFieldAndSigningOutEndsTheSession(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            // Without a plan the board shows the shipped work-report plan, all of its tasks.
            browser.open(at("?asOf=2020-07-06"));
            signIn(driver, supervisor());
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("asOf")));
            long shipped = given().auth().oauth2(auditor()).get("/api/v1/plans").then().statusCode(200).extract()
                    .jsonPath().getLong("items.find { it.code == 'GZBG-2020' }.id");
            int tasks = given().auth().oauth2(auditor()).queryParam("asOf", "2020-07-06").queryParam("planId", shipped)
                    .get("/api/v1/supervision").then().statusCode(200).extract().jsonPath().getInt("summary.tasks");
            assertTrue(new Select(driver.findElement(By.id("plan"))).getFirstSelectedOption().getText().endsWith("（GZBG-2020）"));
            assertEquals(tasks, driver.findElements(By.cssSelector("table.tasks tbody tr")).size());
            saveView(driver, "board-work-report-2020");
            WebElement asOf = driver.findElement(By.id("asOf"));
            asOf.clear();
            asOf.sendKeys("2020-7-6");
            asOf.submit();
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("asOf-error")));
            assertEquals("2020-7-6", driver.findElement(By.id("asOf")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("asOf")).getAttribute("aria-describedby").contains("asOf-error"));
            assertTrue(driver.findElement(By.id("asOf-error")).getText().startsWith("日期格式不正确"));
            saveView(driver, "board-bad-date");

            driver.findElement(By.cssSelector("form.sign-out button")).click();
            browser.await().until(ExpectedConditions.urlContains("/sign-in"));
            browser.open(at(""));
            assertTrue(driver.getCurrentUrl().contains("/sign-in"), driver.getCurrentUrl());
        });
    }

    @Test
    void aDepartmentFilesItsReportThroughThePageFormAndTheOfficeFlagsTheTask(TestInfo test) throws Exception {
        long kindergartens = taskId(plan, "6.5");
        browser.check(test, driver -> {
            browser.open(at("tasks/" + kindergartens));
            signIn(driver, TestTokens.departmentUser("市教育局", "周七"));
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("file-heading")));
            assertEquals("报送进展（市教育局，牵头单位正式报告）", driver.findElement(By.id("file-heading")).getText());
            assertEquals("上半年报告", new Select(driver.findElement(By.id("period"))).getFirstSelectedOption().getText(),
                    "the report owed is proposed");
            driver.findElement(By.id("percentComplete")).sendKeys("30");
            driver.findElement(By.id("problems")).sendKeys("师资不足。");
            driver.findElement(By.cssSelector("section.report-form button[type=submit]")).click();
            WebElement error = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("narrative-error")));
            assertEquals("必填。", error.getText());
            assertEquals("30", driver.findElement(By.id("percentComplete")).getAttribute("value"), "what was typed is kept");
            assertEquals("师资不足。", driver.findElement(By.id("problems")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("narrative")).getAttribute("aria-describedby").contains("narrative-error"));
            saveView(driver, "task-report-form-error");

            driver.findElement(By.id("narrative")).sendKeys("已开工建设12所双语幼儿园。");
            driver.findElement(By.cssSelector("section.report-form button[type=submit]")).click();
            browser.await().until(ExpectedConditions.urlContains("filed="));
            assertTrue(driver.findElement(By.cssSelector("p.notice.success")).getText().startsWith("已报送：2020年上半年报告（市教育局，第 1 版"));
            assertTrue(driver.findElement(By.cssSelector("table.reports")).getText().contains("已开工建设12所双语幼儿园。"));
            saveView(driver, "task-report-filed");
            given().auth().oauth2(auditor()).get("/api/v1/tasks/" + kindergartens + "/reports").then().statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.is(1)).body("items[0].percentComplete", org.hamcrest.Matchers.is(30))
                    .body("items[0].filedBy", org.hamcrest.Matchers.is("周七"));

            driver.findElement(By.cssSelector("form.sign-out button")).click();
            browser.await().until(ExpectedConditions.urlContains("/sign-in"));
            browser.open(at("tasks/" + kindergartens));
            signIn(driver, supervisor());
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("note")));
            driver.findElement(By.id("note")).sendKeys("进度滞后，列入重点抽查督办");
            driver.findElement(By.cssSelector("section.flag-form button[type=submit]")).click();
            browser.await().until(ExpectedConditions.urlContains("flag=set"));
            assertTrue(driver.findElement(By.id("status")).getText().contains("进度滞后，列入重点抽查督办"));
            saveView(driver, "task-flagged");
        });
    }

    /** Keeps a full-height picture of a page under target/page-views/ for people to look at. */
    private static void saveView(WebDriver driver, String name) throws Exception {
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 140, 8000)));
        Path dir = Path.of("target", "page-views");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }
}
