package gov.linzhi.tasks;

import gov.linzhi.platform.testing.KeycloakTestResource;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.platform.testing.browser.Browser;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.time.LocalDate;

import static gov.linzhi.tasks.Fixtures.importCsv;
import static gov.linzhi.tasks.Fixtures.newPlan;
import static gov.linzhi.tasks.Fixtures.taskId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in to the board through a real Keycloak 26 with the project's realm: the sign-in page's 统一身份认证 button
 * leads to Keycloak's login form, the realm's users sign in there and land on the board with the roles and the
 * department their ID token carries (a department officer gets the report form of the tasks it leads), and signing
 * out ends the session; the API still takes the local bearer tokens meanwhile.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
@WithTestResource(KeycloakTestResource.class)
class OidcSignInBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL served;

    /** The board at the address registered with the realm's board client. */
    private URL at(String path) throws Exception {
        return new URL("http://127.0.0.1:" + served.getPort() + "/" + path);
    }

    private long jobs;

    /** A browser of its own per test: no cookie of another test's Keycloak or board session. */
    @BeforeEach
    void startBrowser() throws Exception {
        KeycloakTestResource.allowBoardAt(at("").toString().replaceAll("/$", ""));
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void aTaskOfTheHumanResourcesBureau() {
        long plan = newPlan("oidc");
        importCsv(plan, """
                code,area,text,lead
                6.1,6,开发就业岗位5000个,市人社局
                """);
        jobs = taskId(plan, "6.1");
        MutableClock.setToday(LocalDate.of(2020, 7, 1));
    }

    private void signInAtKeycloak(WebDriver driver, String user) {
        driver.findElement(By.id("identity-provider")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(driver.getCurrentUrl().contains("/realms/linzhi/protocol/openid-connect/auth"), driver.getCurrentUrl());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(KeycloakTestResource.demoPassword());
        driver.findElement(By.id("kc-login")).click();
    }

    @Test
    void theOfficeSignsInThroughKeycloaksLoginFormAndLandsOnTheBoard(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(at(""));
            assertTrue(driver.getCurrentUrl().contains("/sign-in"), driver.getCurrentUrl());
            signInAtKeycloak(driver, "supervisor");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "政府工作报告重点任务督查看板"));
            assertTrue(driver.findElement(By.cssSelector("li.account")).getText().contains("（督查室）"),
                    driver.findElement(By.cssSelector("li.account")).getText());
            // the provider's own session cookie is gone; the board's session is the only one
            assertTrue(driver.manage().getCookieNamed("q_session") == null, "no q_session cookie left");
            assertTrue(driver.manage().getCookieNamed(Fixtures.pageCookie()).isHttpOnly());

            // signing out ends the board's session and, by way of Keycloak's logout, Keycloak's own
            driver.findElement(By.cssSelector("form.sign-out button")).click();
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("identity-provider")));
            assertTrue(driver.getCurrentUrl().startsWith(at("sign-in").toString()), driver.getCurrentUrl());
            browser.open(at(""));
            assertTrue(driver.getCurrentUrl().contains("/sign-in"), "signed out: " + driver.getCurrentUrl());
            driver.findElement(By.id("identity-provider")).click();
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        });
        // meanwhile the API takes its bearer tokens as before
        given().auth().oauth2(TestTokens.withRoles("auditor")).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void aDepartmentOfficerGetsTheDepartmentFromItsIdTokenAndTheReportForm(TestInfo test) throws Exception {
        browser.check(test, driver -> {
            browser.open(at("tasks/" + jobs));
            signInAtKeycloak(driver, "dept-renshe");
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("file-heading")));
            assertTrue(driver.getCurrentUrl().contains("/tasks/" + jobs), "back where the officer was going: " + driver.getCurrentUrl());
            assertEquals("报送进展（市人社局，牵头单位正式报告）", driver.findElement(By.id("file-heading")).getText());
        });
    }
}
