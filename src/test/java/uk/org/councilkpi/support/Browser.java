package uk.org.councilkpi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the page tests: Debian's Chromium driven by its own chromedriver (never a downloaded one), headless,
 * with a fresh profile; axe-core run in the page; screenshots under {@code target/pictures}.
 */
public final class Browser {

    public static final Path PICTURES = Path.of("target/pictures");

    private Browser() {
    }

    public static WebDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1300", "--user-data-dir=" + tempDir());
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("councilkpi-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) in the page; fails on any serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try (InputStream axe = Browser.class.getResourceAsStream("/axe-core/axe.min.js")) {
            js.executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
        }
        String violations = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))"
                + ".catch(e => done('axe failed: ' + e));");
        Files.createDirectories(PICTURES);
        Files.writeString(PICTURES.resolve("axe-" + page + ".json"), violations);
        assertEquals("[]", violations, "axe-core on the " + page + " page");
    }

    public static void screenshot(WebDriver driver, String name) throws IOException {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        Files.createDirectories(PICTURES);
        Files.write(PICTURES.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
