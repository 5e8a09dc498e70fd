package uk.org.councilkpi.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.putValue;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * The committee report as HTML and PDF: Cheshire East's Q2 2017-18 counts, figures and ratings read back from the PDF's
 * text (PDFBox), and nothing a viewer may not see. Year 2073-74 is this class's own.
 */
@QuarkusTest
class ReportResourceTest {

    static final String CHESHIRE_EAST = "Cheshire East Children and Families";
    private static final String DIRECTORATE = "Report test directorate";
    private static String viewer;
    private static String ref;

    @BeforeEach
    void setUp() {
        if (viewer != null) {
            return;
        }
        viewer = Keys.issue("report viewer", Role.VIEWER);
        ref = uniqueRef("RPT");
        createIndicator(indicatorJson(ref).with("directorate", DIRECTORATE).with("service", "Report service"));
        putAccepted(path(ref, "targets", "2073-74"), json().with("form", "AT_MOST").with("value", 20).with("updatedBy", "test"));
        putValue(ref, "2073-74-Q1", 19);
        String other = uniqueRef("RPS");
        createIndicator(indicatorJson(other).with("directorate", DIRECTORATE).with("service", "Report service"));
        putAccepted(path(other, "values", "2073-74-Q1"), json().with("state", "SUPPRESSED").with("number", 8642)
                .with("enteredBy", "test"));
        putValue(ref, "2073-74-Q2", 97531); // a draft: its period is never published
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{\"note\": \"report test\"}")
                .when().post("/api/v1/periods/2073-74-Q1/publish").then().statusCode(200);
    }

    private static byte[] pdf(String key, String period, String directorate) {
        return Keys.as(key).accept("application/pdf").queryParam("directorate", directorate)
                .when().get("/api/v1/reports/" + period + "/document")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"committee-report-" + period + ".pdf\"")
                .extract().asByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void assertFound(String regex, String text) {
        assertTrue(Pattern.compile(regex).matcher(text).find(), "no " + regex + " in the report's text");
    }

    @Test
    void shouldPrintCheshireEastsCountsFiguresAndRatingsInThePdf() throws Exception {
        byte[] pdf = pdf(viewer, "2017-18-Q2", CHESHIRE_EAST);
        String text = text(pdf);
        assertFound("Performance scorecard: 2017-18-Q2", text);
        assertFound("Data quality statement 73 indicators", text);
        assertFound("Computed 6 7 13 47 73", text);               // red, amber, green, not rated, total
        assertFound("Indicators 15 5 18 35 73", text);            // better, same, worse, not comparable
        assertFound("1\\.11 Number of children subject to child protection", text);
        assertFound("260-300 275 275 288 333 A Amber", text);     // target, last year, four quarters, rating
        assertFound("1\\.5 .*20(\\.0)?% G Green", text);
        assertFound("Charts of key indicators", text);
        assertFound("Key to symbols and rules", text);
        assertFound("15% of the target \\(73 indicators\\)", text);
        assertFound("Compared against the previous period", text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(Path.of("target/pictures"));
            ImageIO.write(page, "png", Path.of("target/pictures/report-page-1.png").toFile());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 80), "png",
                    Path.of("target/pictures/report-page-2.png").toFile());
        }
        Files.write(Path.of("target/pictures/committee-report-2017-18-Q2.pdf"), pdf);
    }

    @Test
    void shouldServeTheSameReportAsHtmlWithAPrintStylesheetAndInlineCharts() throws Exception {
        String html = Keys.as(viewer).queryParam("directorate", CHESHIRE_EAST).queryParam("council", "Cheshire East Council")
                .when().get("/api/v1/reports/2017-18-Q2/document")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("size: A4 landscape"))
                .body(containsString("Cheshire East Council"))
                .body(containsString("<svg"))
                .body(containsString("<desc id=\"chart-1-desc\">"))
                .extract().asString();
        assertTrue(html.contains("&#8593; Up, better") || html.contains("\u2191 Up, better"), "arrows beside the words");
        Files.createDirectories(Path.of("target/pictures"));
        Files.writeString(Path.of("target/pictures/committee-report-2017-18-Q2.html"), html);
    }

    @Test
    void shouldNeverPrintADraftOrASuppressedNumberForAViewer() throws Exception {
        String published = text(pdf(viewer, "2073-74-Q1", DIRECTORATE));
        assertFound(ref + " .* 19(\\.0)?% G Green", published);
        assertFound("suppressed", published);
        assertFalse(published.contains("8642") || published.contains("8,642"), "a suppressed number never printed");
        String draft = text(pdf(viewer, "2073-74-Q2", DIRECTORATE));
        assertFound("DRAFT: these figures are not published", draft);
        assertFalse(draft.contains("97531") || draft.contains("97,531"), "a draft never reaches a viewer");
        String staff = text(pdf(Keys.TEST_ADMIN_KEY, "2073-74-Q2", DIRECTORATE));
        assertTrue(staff.contains("97,531"), "staff see the draft");
    }

    @Test
    void shouldAnswerNotModifiedAndRefuseBadInput() {
        String etag = Keys.as(viewer).queryParam("directorate", DIRECTORATE).when().get("/api/v1/reports/2073-74-Q1/document")
                .then().statusCode(200).extract().header("ETag");
        Keys.as(viewer).queryParam("directorate", DIRECTORATE).header("If-None-Match", etag)
                .when().get("/api/v1/reports/2073-74-Q1/document").then().statusCode(304).header("ETag", equalTo(etag));
        Keys.as(viewer).when().get("/api/v1/reports/2017-18-Q5/document").then().statusCode(400)
                .contentType("application/problem+json");
        Keys.as(viewer).accept("application/json").when().get("/api/v1/reports/2017-18-Q2/document").then().statusCode(406);
        Keys.anonymous().when().get("/api/v1/reports/2017-18-Q2/document").then().statusCode(401);
        Keys.as(viewer).queryParam("asSignedOff", "maybe").when().get("/api/v1/reports/2017-18-Q2/document")
                .then().statusCode(400);
    }
}
