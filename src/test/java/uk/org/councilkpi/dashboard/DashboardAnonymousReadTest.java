package uk.org.councilkpi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.org.councilkpi.support.Browser;
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
