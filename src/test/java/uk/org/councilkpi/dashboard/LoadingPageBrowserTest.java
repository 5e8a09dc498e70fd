package uk.org.councilkpi.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Browser;
import uk.org.councilkpi.support.Keys;

/**
 * The performance team's loading page in a real browser: an editor types a key once, chooses a CSV saved from Excel,
 * sees each row as it will be read (85% as 85, Yes as provisional) with nothing written, then loads it; a file with a
 * bad row shows the row, the column and the fix, and writes nothing. axe-core finds no serious or critical violation.
 */
@QuarkusTest
class LoadingPageBrowserTest {

    @TestHTTPResource("/dashboard/load.html")
    URL page;

    private static WebDriver driver;

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

    private void open(String key) {
        if (driver == null) {
            driver = Browser.start();
        }
        driver.get(page.toString());
        driver.findElement(By.id("api-key")).sendKeys(key);
        driver.findElement(By.cssSelector("#key-form button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key-status")));
    }

    private void check(String csv) throws Exception {
        Path file = Files.createTempFile("figures", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        WebElement enteredBy = driver.findElement(By.id("entered-by"));
        enteredBy.clear();
        enteredBy.sendKeys("j.smith");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("check")).click();
    }

    @Test
    void shouldShowHowEachRowIsReadThenLoadIt() throws Exception {
        String ref = createIndicator(indicatorJson(uniqueRef("LPB")).with("title", "Loading page measure"));
        open(Keys.issue("loading page editor", Role.EDITOR));

        check("ref,title,period,value,provisional\r\n,,,,\r\n" + ref + ",Loading page measure,2017-18-Q3,85%,Yes\r\n");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("read-section")));
        List<WebElement> cells = driver.findElements(By.cssSelector("#read tbody tr:first-child td"));
        assertEquals(List.of("3", ref, "2017-18-Q3", "AVAILABLE", "85", "yes", "no", "", "",
                        "value '85%' read as 85 (a percentage); provisional 'Yes' read as true"),
                cells.stream().map(WebElement::getText).toList());
        assertTrue(driver.findElement(By.id("counts")).getText().contains("Rows skipped (blank, or left as the template"
                + " had them): 1"), driver.findElement(By.id("counts")).getText());
        given().get(path(ref, "values", "2017-18-Q3")).then().statusCode(404); // a dry run writes nothing
        Browser.assertNoSeriousViolations(driver, "loading");
        Browser.screenshot(driver, "loading-page.png");

        driver.findElement(By.id("load")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Loaded in batch"));
        given().get(path(ref, "values", "2017-18-Q3")).then().statusCode(200)
                .body("number", equalTo(85)).body("provisional", equalTo(true))
                .body("enteredBy", equalTo("loading page editor for j.smith"));
    }

    @Test
    void shouldShowTheRowColumnAndFixOfABadFileAndWriteNothing() throws Exception {
        String ref = createIndicator("LPB");
        open(Keys.issue("loading page editor 2", Role.EDITOR));

        check("ref,period,value\r\n" + ref + ",2017-18-Q3,12\r\nNO-SUCH-REF,2017-18-Q3,about 5\r\n");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("errors-section")));
        List<String> rows = driver.findElements(By.cssSelector("#errors tbody tr")).stream().map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("3 value about 5") && r.contains("INVALID_NUMBER")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("define the indicator first") && r.contains("UNKNOWN_REF")),
                rows.toString());
        assertTrue(driver.findElement(By.id("read-section")).getAttribute("hidden") != null, "nothing to load");
        given().get(path(ref, "values", "2017-18-Q3")).then().statusCode(404);
        Browser.assertNoSeriousViolations(driver, "loading-errors");
    }
}
