package uk.org.councilkpi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.putValue;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Browser;

/**
 * The dashboard in a real browser (Debian's Chromium, driven by its chromedriver; nothing downloaded), against the
 * running service: a viewer types a key once, chooses a scorecard, filters, opens an indicator, and sees the API's
 * numbers and nothing a viewer may not see; axe-core finds no serious or critical accessibility violation. Year 2075-76
 * is this class's own.
 */
@QuarkusTest
class DashboardBrowserTest {

    static final String CHESHIRE_EAST = "Cheshire East Children and Families";
    private static final String DIRECTORATE = "Dashboard test directorate";
    private static final Path PICTURES = Path.of("target/pictures");

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    private static WebDriver driver;
    private static String viewer;
    private static String publishedRef;
    private static String suppressedRef;

    @BeforeEach
    void setUp() {
        if (driver != null) {
            return;
        }
        viewer = uk.org.councilkpi.support.Keys.issue("dashboard viewer", Role.VIEWER);
        publishedRef = uniqueRef("DSH");
        createIndicator(indicatorJson(publishedRef).with("directorate", DIRECTORATE).with("service", "Dashboard service")
                .with("title", "Dashboard published measure"));
        putAccepted(path(publishedRef, "targets", "2075-76"), json().with("form", "AT_MOST").with("value", 20)
                .with("updatedBy", "test"));
        putValue(publishedRef, "2075-76-Q1", 19);
        putValue(publishedRef, "2075-76-Q2", 97531); // a draft: its period is never published
        suppressedRef = uniqueRef("DSS");
        createIndicator(indicatorJson(suppressedRef).with("directorate", DIRECTORATE).with("service", "Dashboard service")
                .with("title", "Dashboard suppressed measure"));
        putAccepted(path(suppressedRef, "values", "2075-76-Q1"), json().with("state", "SUPPRESSED").with("number", 8642)
                .with("enteredBy", "test"));
        uk.org.councilkpi.support.Keys.as(uk.org.councilkpi.support.Keys.TEST_ADMIN_KEY).contentType("application/json")
                .body("{\"note\": \"dashboard test\"}").when().post("/api/v1/periods/2075-76-Q1/publish")
                .then().statusCode(200);

        driver = Browser.start();
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the dashboard in a fresh tab state and types the viewer's key once. */
    private void openAsViewer() {
        driver.get(dashboard.toString());
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        driver.get(dashboard.toString());
        WebElement key = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        key.sendKeys(viewer, Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key-status")));
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Showing")); // the first scorecard
        assertFalse(driver.getCurrentUrl().contains(viewer), "the key is never in a URL");
    }

    private void show(String period, String directorate, String service) {
        WebElement input = driver.findElement(By.id("period"));
        input.clear();
        input.sendKeys(period);
        waiting().until(d -> d.findElements(By.cssSelector("#directorate option")).stream()
                .anyMatch(o -> o.getText().equals(directorate)));
        new Select(driver.findElement(By.id("directorate"))).selectByVisibleText(directorate);
        if (service != null) {
            new Select(driver.findElement(By.id("service"))).selectByVisibleText(service);
        }
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        String caption = "Scorecard for " + period + ", " + directorate + (service == null ? "" : ", " + service) + ":";
        waiting().until(d -> d.findElement(By.id("scorecard-caption")).getText().startsWith(caption));
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Showing"));
    }

    private static JsonPath scorecardJson(String period, Map<String, String> query) {
        return uk.org.councilkpi.support.Keys.as(viewer).queryParams(query).when().get("/api/v1/scorecards/" + period)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String rowText(WebElement row, String cssClass) {
        return row.findElement(By.cssSelector("td." + cssClass)).getText();
    }

    @Test
    void shouldShowTheApisNumbersFilterOpenAnIndicatorAndPassAxe() throws Exception {
        openAsViewer();
        show("2017-18-Q2", CHESHIRE_EAST, null);
        JsonPath api = scorecardJson("2017-18-Q2", Map.of("directorate", CHESHIRE_EAST));
        List<WebElement> rows = driver.findElements(By.cssSelector("#scorecard tbody tr"));
        assertEquals(api.getList("indicators").size(), rows.size());
        assertEquals(73, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = rows.get(i);
            String ref = api.getString("indicators[" + i + "].ref");
            assertEquals(ref, row.getAttribute("data-ref"));
            String display = api.getString("indicators[" + i + "].current.display");
            assertTrue(rowText(row, "figure").startsWith(display == null ? "" : display), ref + " figure");
            String rating = api.getString("indicators[" + i + "].rag.rating");
            String word = Map.of("RED", "Red", "AMBER", "Amber", "GREEN", "Green", "NOT_RATED", "Not rated").get(rating);
            assertTrue(rowText(row, "rag-cell").contains(word), ref + " rating " + word);
        }
        List<String> ragCounts = driver.findElements(By.cssSelector("#rag-counts tbody tr:first-child td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(api.getString("summary.rag.red"), api.getString("summary.rag.amber"),
                api.getString("summary.rag.green"), api.getString("summary.rag.notRated"), "73"), ragCounts);
        assertEquals(List.of("6", "7", "13", "47", "73"), ragCounts);
        WebElement row111 = driver.findElement(By.cssSelector("#scorecard tbody tr[data-ref='1.11']"));
        assertEquals("333", rowText(row111, "figure"));
        assertEquals("260-300", rowText(row111, "target"));
        assertTrue(rowText(row111, "rag-cell").contains("A Amber"));
        assertTrue(row111.findElement(By.cssSelector("td.dir")).getText().contains("Up"));
        waiting().until(d -> row111.findElement(By.cssSelector("td.spark img")).getAttribute("src").startsWith("blob:"));
        assertNoSeriousViolations("scorecard");
        screenshot("dashboard.png");
        row111.findElement(By.tagName("summary")).click();
        assertTrue(row111.findElement(By.cssSelector("details p")).isDisplayed(), "commentary on demand");

        // Filter by service: the same rows as the API's filtered scorecard.
        show("2017-18-Q2", CHESHIRE_EAST, "Safeguarding");
        JsonPath safeguarding = scorecardJson("2017-18-Q2", Map.of("directorate", CHESHIRE_EAST, "service", "Safeguarding"));
        assertEquals(safeguarding.getList("indicators.ref"), driver.findElements(By.cssSelector("#scorecard tbody tr"))
                .stream().map(r -> r.getAttribute("data-ref")).toList());

        // Open an indicator by keyboard: its chart and its history, as the API gives them.
        WebElement link = driver.findElement(By.cssSelector("#scorecard tbody tr[data-ref='1.11'] a"));
        link.sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("indicator-heading")).getText().startsWith("1.11 Number of children"));
        waiting().until(d -> d.findElement(By.id("chart")).getAttribute("alt").contains("2017-18-Q2: 333 Amber"));
        JsonPath history = uk.org.councilkpi.support.Keys.as(viewer).when().get("/api/v1/indicators/1.11/history")
                .then().statusCode(200).extract().jsonPath();
        List<WebElement> entries = driver.findElements(By.cssSelector("#history tbody tr"));
        assertEquals(history.getList("entries").size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(history.getString("entries[" + i + "].period"), entries.get(i).getAttribute("data-period"));
            assertEquals(history.getString("entries[" + i + "].figure.display"), rowText(entries.get(i), "figure"));
        }
        assertNoSeriousViolations("indicator");
        screenshot("dashboard-indicator.png");
    }

    @Test
    void shouldNeverShowAViewerADraftOrASuppressedNumber() {
        openAsViewer();
        show("2075-76-Q1", DIRECTORATE, null);
        WebElement published = driver.findElement(By.cssSelector("#scorecard tbody tr[data-ref='" + publishedRef + "']"));
        assertEquals("19%", rowText(published, "figure"));
        WebElement suppressed = driver.findElement(By.cssSelector("#scorecard tbody tr[data-ref='" + suppressedRef + "']"));
        assertEquals("suppressed", rowText(suppressed, "figure"));
        assertTrue(rowText(suppressed, "rag-cell").contains("Not rated"));
        assertNoNumbers("8642", "8,642", "97531", "97,531");

        show("2075-76-Q2", DIRECTORATE, null);
        assertTrue(driver.findElement(By.id("published-note")).getText().contains("not published"));
        assertEquals("", rowText(driver.findElement(By.cssSelector("#scorecard tbody tr[data-ref='" + publishedRef + "']")),
                "figure"), "a draft is not shown");
        assertNoNumbers("8642", "8,642", "97531", "97,531");

        driver.findElement(By.cssSelector("#scorecard tbody tr[data-ref='" + publishedRef + "'] a")).click();
        waiting().until(d -> d.findElement(By.id("chart")).getAttribute("alt").contains("2075-76-Q1: 19% Green"));
        assertFalse(driver.findElement(By.id("chart")).getAttribute("alt").contains("2075-76-Q2"));
        assertNoNumbers("8642", "8,642", "97531", "97,531");
    }

    /**
     * None of these numbers stands on the page, in its text or its source, as a number of its own. One inside a longer
     * token is not a figure shown: in the whole suite the directorate list holds other tests' names ("As-at test
     * D-8642", from the suite-wide counter of unique refs), and a chart's blob: URL is a random UUID.
     */
    private void assertNoNumbers(String... numbers) {
        String text = driver.findElement(By.tagName("body")).getText();
        String source = driver.getPageSource();
        for (String n : numbers) {
            Pattern alone = Pattern.compile(
                    "(?<![0-9A-Za-z-])" + Pattern.quote(n) + "(?![0-9A-Za-z-])");
            assertFalse(alone.matcher(text).find() || alone.matcher(source).find(), n + " appears on the viewer's page");
        }
    }

    private void assertNoSeriousViolations(String page) throws IOException {
        Browser.assertNoSeriousViolations(driver, page);
    }

    private void screenshot(String name) throws IOException {
        Browser.screenshot(driver, name);
    }
}
