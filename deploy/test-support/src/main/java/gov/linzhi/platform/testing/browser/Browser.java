package gov.linzhi.platform.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through the system chromedriver, for the end-to-end page tests.
 *
 * <p>Nothing is downloaded at run time: the browser and its driver are the Debian packages
 * {@code chromium} and {@code chromium-driver} ({@code deploy/browser.sh}, run by the build, installs them when missing); their
 * paths can be moved with the system properties {@code linzhi.browser.chromium} and
 * {@code linzhi.browser.chromedriver}. Each browser gets a fresh profile folder that is removed on
 * close.
 *
 * <p>Quarkus runs a test class in its own class loader, so a JUnit extension would not see the
 * driver the test used; tests instead wrap their steps in {@link #check(TestInfo, Steps)}, which
 * saves a screenshot and the page source under {@code target/screenshots/} when a step fails.
 */
public final class Browser implements AutoCloseable {

    /** Steps run against the browser; any failure is rethrown after the screenshot is saved. */
    @FunctionalInterface
    public interface Steps {
        void run(WebDriver driver) throws Exception;
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless Chromium, or fails naming the missing Debian package. */
    public static Browser start() {
        Path chromium = Path.of(System.getProperty("linzhi.browser.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("linzhi.browser.chromedriver", "/usr/bin/chromedriver"));
        requireExecutable(chromium, "chromium");
        requireExecutable(chromedriver, "chromium-driver");
        try {
            Path profile = Files.createTempDirectory("linzhi-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                    "--window-size=1280,1600", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the page tests need the Debian packages chromium and"
                    + " chromium-driver (missing: " + debianPackage + "). deploy/browser.sh installs them (the build runs it before the tests); by hand:"
                    + " sudo apt-get install chromium chromium-driver fonts-wqy-zenhei");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code url} and returns the driver, for chaining. */
    public WebDriver open(URL url) {
        driver.get(url.toString());
        return driver;
    }

    /** A wait for conditions that follow a click (page loads are synchronous already). */
    public WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * Runs the steps; on any failure saves {@code target/screenshots/<TestClass>-<method>.png} (and
     * {@code .html} with the page source), then rethrows the failure unchanged.
     */
    public void check(TestInfo test, Steps steps) throws Exception {
        try {
            steps.run(driver);
        } catch (Throwable failure) {
            String name = test.getTestClass().map(Class::getSimpleName).orElse("page")
                    + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
            saveEvidence(name, failure);
            throw failure;
        }
    }

    private void saveEvidence(String name, Throwable failure) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (Exception evidenceFailed) {
            failure.addSuppressed(evidenceFailed);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile in the temp folder is harmless
        }
    }
}
