package gov.linzhi.subsidy.pages;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.browser.Browser;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real headless Chromium, as a person uses them: the form typed into and sent with the keyboard,
 * links followed. Each test also keeps a full-page picture of its page in {@code target/page-screenshots/} for
 * review; a failing one leaves its screenshot in {@code target/screenshots/}.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class CalculatorPagesBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

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

    @Test
    void anApprenticeAtLevel3WithoutCertificateWithTheMandatedContentGets3950WithBothCitations(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(root);
            new Select(driver.findElement(By.id("programme"))).selectByValue("APPRENTICESHIP");
            // the page then asks for what this programme reads
            driver.findElement(By.cssSelector("button[name=step]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("occupation")));
            new Select(driver.findElement(By.id("level"))).selectByValue("LEVEL_3");
            assertEquals("未取得证书", new Select(driver.findElement(By.id("certificateLevel"))).getFirstSelectedOption().getText());
            driver.findElement(By.id("occupation")).sendKeys("中式烹调师");
            driver.findElement(By.id("trainingCompletedOn")).sendKeys("2020-06-30");
            driver.findElement(By.id("includesMandatedContent")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("occupation")).sendKeys(Keys.ENTER);

            WebElement total = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("total")));
            // the acceptance case of issue 7 (7000 halved without a certificate, plus 450 for the mandated content)
            assertEquals("3950.00 元", total.getText());
            assertEquals("符合补贴条件", driver.findElement(By.id("verdict")).getText());
            List<String> provisions = driver.findElements(By.cssSelector("#lines .provision")).stream().map(WebElement::getText).toList();
            assertTrue(provisions.contains("3.1.3") && provisions.contains("5.8"), provisions.toString());
            String lines = driver.findElement(By.id("lines")).getText();
            assertTrue(lines.contains("林政办发〔2020〕5号") && lines.contains("培训后未能取得中级以上职业资格证书的，按补贴标准的50%给予补贴。"), lines);
            assertTrue(driver.getCurrentUrl().contains("programme=APPRENTICESHIP"), "the result is a link: " + driver.getCurrentUrl());
            keep(driver, "calculator-eligible");
        });
    }

    @Test
    void aCaseThatIsNotEligibleShowsItsReasonAndTheFieldItIsAbout(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(root);
            new Select(driver.findElement(By.id("programme"))).selectByValue("HIGH_SKILL_TRAINING");
            // the page then asks for what this programme reads
            driver.findElement(By.cssSelector("button[name=step]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("occupation")));
            new Select(driver.findElement(By.id("level"))).selectByValue("LEVEL_5");
            driver.findElement(By.id("occupation")).sendKeys("电工");
            driver.findElement(By.id("trainingCompletedOn")).sendKeys("2020-05-01");
            driver.findElement(By.cssSelector("form.panel button[type=submit]:not([name=step])")).click();

            WebElement verdict = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
            assertEquals("不符合补贴条件", verdict.getText());
            String reasons = driver.findElement(By.id("reasons")).getText();
            assertTrue(reasons.contains("高技能人才培训只覆盖高级工、技师、高级技师") && !reasons.contains("LEVEL_NOT_COVERED"),
                    "the public text is Chinese; the code waits behind 技术信息: " + reasons);
            driver.findElement(By.cssSelector("#reasons details summary")).click();
            assertTrue(driver.findElement(By.id("reasons")).getText().contains("LEVEL_NOT_COVERED"), "技术信息 opens on the code");
            assertTrue(driver.findElement(By.id("level-error")).getText().contains("高技能人才培训只覆盖高级工、技师、高级技师"));
            assertEquals("LEVEL_5", new Select(driver.findElement(By.id("level"))).getFirstSelectedOption().getAttribute("value"));
            keep(driver, "calculator-refused");
        });
    }

    @Test
    void badInputIsShownNextToItsFieldWithWhatWasTyped(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(root);
new Select(driver.findElement(By.id("programme"))).selectByValue("SKILL_CERTIFICATE");
            // the page then asks for what this programme reads
            driver.findElement(By.cssSelector("button[name=step]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("occupation")));
            driver.findElement(By.id("occupation")).sendKeys("中式烹调师");
            driver.findElement(By.id("trainingCompletedOn")).sendKeys("2020-13-45");
            driver.findElement(By.id("unemploymentInsuranceMonths")).sendKeys("1300");
            driver.findElement(By.id("unemploymentInsuranceMonths")).sendKeys(Keys.ENTER);

            WebElement error = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("trainingCompletedOn-error")));
            assertEquals("“2020-13-45”不是有效日期，请按 年-月-日 填写，如 2020-06-30", error.getText());
            WebElement date = driver.findElement(By.id("trainingCompletedOn"));
            assertEquals("2020-13-45", date.getAttribute("value"));
            assertTrue(date.getAttribute("aria-describedby").contains("trainingCompletedOn-error"));
            assertEquals("参加失业保险月数不能大于 1200", driver.findElement(By.id("unemploymentInsuranceMonths-error")).getText());
            assertEquals("1300", driver.findElement(By.id("unemploymentInsuranceMonths")).getAttribute("value"));
            assertEquals("中式烹调师", driver.findElement(By.id("occupation")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("problems")).getText().contains("请修改以下 2 处填写"));
            keep(driver, "calculator-bad-input");
        });
    }

    @Test
    void theRulesPageListsTheRuleSetInForce(TestInfo test) throws Exception {
        JsonPath api = given().get("/api/v1/rules").then().statusCode(200).extract().jsonPath();
        browser.check(test, driver -> {
            browser.open(root);
            driver.findElement(By.linkText("补贴规则")).click();
            browser.await().until(ExpectedConditions.titleContains("补贴规则"));
            assertEquals("职业技能培训补贴规则", driver.findElement(By.tagName("h1")).getText());
            assertEquals(api.getString("version"), driver.findElement(By.id("version")).getText());
            String rules = driver.findElement(By.id("rule-list")).getText();
            for (String label : api.<String>getList("rules.labelZh")) {
                assertTrue(rules.contains(label), label);
            }
            String parameters = driver.findElement(By.id("parameters")).findElement(By.xpath("following-sibling::table[1]")).getText();
            assertTrue(parameters.contains("新型学徒培训 高级工（三级）") && parameters.contains("7000 元/人"), parameters);
            keep(driver, "rules");
        });
    }

    @Test
    void theStatisticsPageDrawsThePlanAgainstItsTargets(TestInfo test) throws Exception {
        List<Integer> planYears = given().get("/api/v1/rules").then().statusCode(200).extract().jsonPath().getList("targets.years.year");
        browser.check(test, driver -> {
            browser.open(new URL(root, "statistics?year=2020"));
            WebElement chart = driver.findElement(By.id("target-chart"));
            assertEquals("img", chart.getAttribute("role"));
            assertTrue(chart.getAttribute("aria-label").startsWith("计划目标完成情况："));
            assertEquals("各年度补贴性职业技能培训：计划目标与已批准人次",
                    chart.findElement(By.tagName("title")).getAttribute("textContent"));
            assertEquals(planYears.size() * 2, chart.findElements(By.tagName("rect")).size(), "a target and an approved bar per plan year");
            List<WebElement> rows = driver.findElements(By.cssSelector("#plan-table tbody tr"));
            assertEquals(planYears.size(), rows.size());
            assertTrue(chart.isDisplayed());
            keep(driver, "statistics");
        });
    }

    /** A full-page picture of what the reader sees, for review (not an assertion). */
    private static void keep(WebDriver driver, String name) throws Exception {
        Dimension size = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(height + 140, size.getHeight())));
        Path folder = Files.createDirectories(Path.of("target", "page-screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
    }
}
