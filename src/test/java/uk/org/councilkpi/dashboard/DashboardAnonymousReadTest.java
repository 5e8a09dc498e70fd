package uk.org.councilkpi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a newcomer sees with anonymous read on (as in dev mode) on the demo data set alone: the dashboard opens on
 * Cheshire East's Q2 2017-18 scorecard without asking for a key.
 */
@QuarkusTest
@TestProfile(DashboardAnonymousReadTest.AnonymousRead.class)
class DashboardAnonymousReadTest {

    public static class AnonymousRead implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("councilkpi.security.anonymous-read", "true");
        }
    }

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @Test
    void shouldOpenOnCheshireEastsScorecardWithoutAKey() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("dashboard-anonymous"));
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            driver.get(dashboard.toString());
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("status")).getText().startsWith("Showing"));
            assertEquals("Scorecard for 2017-18-Q2, Cheshire East Children and Families: 73 indicators",
                    driver.findElement(By.id("scorecard-caption")).getText());
            assertEquals(73, driver.findElements(By.cssSelector("#scorecard tbody tr")).size());
            assertTrue(driver.findElement(By.id("key-panel")).getAttribute("hidden") != null, "no key asked for");
        } finally {
            driver.quit();
        }
    }
}
