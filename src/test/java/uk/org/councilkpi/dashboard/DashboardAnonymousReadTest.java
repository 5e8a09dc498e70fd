package uk.org.councilkpi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.councilkpi.support.AsInDevMode;
import uk.org.councilkpi.support.Browser;

/**
 * What a newcomer sees with anonymous read on (as in dev mode) on the demo data set alone: the dashboard opens on
 * Cheshire East's Q2 2017-18 scorecard without asking for a key. (The profile is dev mode's, shared with
 * DemoSignOffTest: one start of the application for both.)
 */
@QuarkusTest
@TestProfile(AsInDevMode.class)
class DashboardAnonymousReadTest {

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @Test
    void shouldOpenOnCheshireEastsScorecardWithoutAKey() throws Exception {
        WebDriver driver = Browser.start();
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
