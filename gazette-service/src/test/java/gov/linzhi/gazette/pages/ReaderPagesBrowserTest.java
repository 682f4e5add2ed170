package gov.linzhi.gazette.pages;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages in a real headless Chromium, as a reader uses them: keyboard and mouse, no JavaScript of ours. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class ReaderPagesBrowserTest {

    /** The background the stylesheet gives the provision a link points at (.provision:target). */
    static final String TARGET_BACKGROUND = "rgba(255, 246, 214, 1)";

    static Browser browser;

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
    void searchForATermThenOpenAResultAtItsProvisionWithItsCitation(TestInfo test) throws Exception {
        JsonPath api = given().queryParam("q", "学徒").get("/api/v1/search").jsonPath();
        long firstDocument = api.getLong("items[0].document.id");
        String firstPath = api.getString("items[0].provisions[0].path");
        JsonPath provision = given().get("/api/v1/documents/{id}/provisions/{path}", firstDocument, firstPath).jsonPath();

        browser.check(test, driver -> {
            browser.open(new URL(root, "search"));
            WebElement field = driver.findElement(By.id("q"));
            field.sendKeys("学徒");
            driver.findElement(By.cssSelector("form.search-form button[type=submit]")).click();

            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hits mark")));
            List<WebElement> marks = driver.findElements(By.cssSelector(".hits .snippet mark"));
            assertFalse(marks.isEmpty(), "highlighted snippets");
            marks.forEach(m -> assertEquals("学徒", m.getText()));
            assertEquals("学徒", driver.findElement(By.id("q")).getAttribute("value"), "the term stays in the field");

            driver.findElement(By.cssSelector(".hits a.provision-link")).click();
            browser.await().until(ExpectedConditions.urlContains("#"));
            assertTrue(driver.getCurrentUrl().endsWith("/documents/" + firstDocument + "#" + firstPath), driver.getCurrentUrl());

            WebElement target = driver.findElement(By.id(firstPath));
            assertTrue(target.isDisplayed());
            assertEquals(firstPath, ((JavascriptExecutor) driver).executeScript("return document.querySelector(':target').id"));
            assertEquals(TARGET_BACKGROUND, target.getCssValue("background-color"), "the provision is highlighted by :target");

            // the citation: closed until asked for, then visible and selectable text with the permalink
            WebElement citation = target.findElement(By.cssSelector(".citation-text"));
            assertFalse(citation.isDisplayed());
            target.findElement(By.cssSelector("details.cite summary")).click();
            browser.await().until(ExpectedConditions.visibilityOf(citation));
            String text = citation.getText();
            assertTrue(text.startsWith("《" + provision.getString("documentTitle") + "》（" + provision.getString("documentNumber") + "）"), text);
            assertTrue(text.endsWith("“" + provision.getString("heading") + "”"), text);
            String permalink = target.findElement(By.cssSelector("a.permalink")).getAttribute("href");

            // the permalink leads back to the same provision
            browser.open(new URL(permalink));
            browser.await().until(ExpectedConditions.urlContains("#"));
            assertTrue(driver.getCurrentUrl().endsWith("/documents/" + firstDocument + "#" + firstPath), driver.getCurrentUrl());
        });
    }

    @Test
    void homeListsTheSeedIssuesTableOfContentsAndOpensADocument(TestInfo test) throws Exception {
        long issue = given().get("/api/v1/issues").jsonPath().getLong("items.find { it.year == 2020 && it.number == 1 }.id");
        List<Map<String, Object>> toc = given().get("/api/v1/issues/{id}/toc", issue).jsonPath().getList("items");

        browser.check(test, driver -> {
            browser.open(root);
            assertEquals("林芝市人民政府公报", driver.findElement(By.tagName("h1")).getText());
            List<WebElement> rows = driver.findElements(By.cssSelector("table.toc tbody tr"));
            assertEquals(toc.size(), rows.size());
            for (int i = 0; i < toc.size(); i++) {
                WebElement link = rows.get(i).findElement(By.cssSelector("td a"));
                assertEquals(toc.get(i).get("title"), link.getText());
                assertTrue(link.getAttribute("href").endsWith("/documents/" + toc.get(i).get("documentId")));
                assertEquals(String.valueOf(toc.get(i).get("page")), rows.get(i).findElement(By.cssSelector("td.num")).getText());
            }
            Map<String, Object> withText = toc.stream().filter(e -> Boolean.TRUE.equals(e.get("hasText"))).findFirst()
                    .orElseThrow();
            driver.findElement(By.linkText((String) withText.get("title"))).click();
            browser.await().until(ExpectedConditions.urlContains("/documents/" + withText.get("documentId")));
            assertEquals(given().get("/api/v1/documents/{id}", withText.get("documentId")).jsonPath().getString("title"),
                    driver.findElement(By.tagName("h1")).getText());
            assertFalse(driver.findElements(By.cssSelector("nav.outline a")).isEmpty(), "an outline to navigate by");
        });
    }

    @Test
    void anEmptySearchIsRefusedNextToTheFieldAndTheKeyboardReachesEverything(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(new URL(root, "search"));
            // the first Tab reaches the skip link, which leads to the main content
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = driver.switchTo().activeElement();
            assertEquals("跳到正文", skip.getText());
            assertTrue(skip.getAttribute("href").endsWith("#main"));

            WebElement field = driver.findElement(By.id("q"));
            field.sendKeys("   ");
            field.sendKeys(Keys.ENTER);
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("q-error")));
            assertEquals("请输入检索词。", driver.findElement(By.id("q-error")).getText());
            WebElement again = driver.findElement(By.id("q"));
            assertTrue(again.getAttribute("aria-describedby").contains("q-error"));
            assertEquals("   ", again.getAttribute("value"));

            again.clear();
            again.sendKeys("<script>alert(1)</script>");
            again.sendKeys(Keys.ENTER);
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-count")));
            assertEquals("<script>alert(1)</script>", driver.findElement(By.id("q")).getAttribute("value"),
                    "typed back as text, not run");
            assertTrue(driver.findElements(By.cssSelector("main script")).isEmpty());
        });
    }

    @Test
    void facetsFilterAndThePagerWalksThePages(TestInfo test) throws Exception {
        JsonPath api = given().queryParam("q", "人民政府").get("/api/v1/search").jsonPath();
        long total = api.getLong("total");
        Map<String, Integer> genres = api.getMap("facets.genre");
        String genre = genres.keySet().iterator().next();

        browser.check(test, driver -> {
            browser.open(new URL(root, "search?size=1&q=" + java.net.URLEncoder.encode("人民政府", java.nio.charset.StandardCharsets.UTF_8)));
            assertTrue(driver.findElement(By.cssSelector(".result-count")).getText().contains("共找到 " + total + " 个文件"));
            driver.findElement(By.linkText("下一页")).click();
            browser.await().until(ExpectedConditions.urlContains("page=2"));
            assertEquals("第2页", driver.findElement(By.cssSelector(".pager [aria-current=page]")).getText());
            driver.findElement(By.linkText("上一页")).click();
            browser.await().until(ExpectedConditions.urlContains("page=1"));

            driver.findElement(By.cssSelector(".facets")).findElement(By.linkText(genre)).click();
            browser.await().until(ExpectedConditions.urlContains("genre="));
            assertTrue(driver.findElement(By.cssSelector(".result-count")).getText().contains("共找到 " + genres.get(genre) + " 个文件"));
            driver.findElements(By.cssSelector(".hits .hit")).forEach(hit ->
                    assertTrue(hit.findElement(By.cssSelector("p.muted")).getText().contains(genre)));
        });
    }
}
