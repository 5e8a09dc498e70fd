package uk.org.councilkpi.chart;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * Charts through the API: SVG that parses, the right points, and nothing a viewer may not see (a draft, a suppressed
 * number), with the history's ETag handling. Years 2071-72 and 2072-73 are this class's own.
 */
@QuarkusTest
class ChartResourceTest {

    private static String viewer;
    private static String editor;
    private static String ref;

    @BeforeEach
    void setUp() {
        if (viewer != null) {
            return;
        }
        viewer = Keys.issue("chart viewer", Role.VIEWER);
        editor = Keys.issue("chart editor", Role.EDITOR);
        ref = uniqueRef("CHT");
        createIndicator(indicatorJson(ref).with("directorate", "Chart test directorate").with("title", "Repeat referrals"));
        putAccepted(path(ref, "targets", "2071-72"), json().with("form", "AT_MOST").with("value", 20).with("updatedBy", "test"));
        putValue(ref, "2071-72-Q1", 24);
        putValue(ref, "2071-72-Q2", 18);
        putAccepted(path(ref, "values", "2071-72-Q3"), json().with("state", "SUPPRESSED").with("number", 8642)
                .with("enteredBy", "test"));
        putValue(ref, "2071-72-Q4", 31);      // published below
        putValue(ref, "2072-73-Q1", 97531);  // a draft: never published
        for (String period : new String[] {"2071-72-Q1", "2071-72-Q2", "2071-72-Q3", "2071-72-Q4"}) {
            Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{\"note\": \"chart test\"}")
                    .when().post("/api/v1/periods/" + period + "/publish").then().statusCode(200);
        }
    }

    private static String svg(String key, String query) {
        return Keys.as(key).accept("image/svg+xml").when().get(path(ref, "chart") + query)
                .then().statusCode(200).contentType(containsString("image/svg+xml")).extract().asString();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every word the chart shows or says: its text elements, title and description. */
    private static String words(Document doc) {
        StringBuilder words = new StringBuilder();
        for (String tag : new String[] {"text", "title", "desc"}) {
            var nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                words.append(nodes.item(i).getTextContent()).append(" | ");
            }
        }
        return words.toString();
    }

    @Test
    void shouldDrawAViewersChartFromPublishedFiguresOnly() throws Exception {
        String svg = svg(viewer, "");
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().startsWith(ref + " "));
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.contains("2071-72-Q1: 24% Red, target 20%"), desc);
        assertTrue(desc.contains("2071-72-Q2: 18% Green, down, better against 2071-72-Q1"), desc);
        assertTrue(desc.contains("2071-72-Q3: suppressed"), desc);
        assertTrue(svg.contains(">18% Green<"), "each point is labelled with its figure and rating");
        assertTrue(svg.contains(">31% Red<"));
        assertFalse(svg.contains("2072-73"), "a draft period is not charted for a viewer");
        String words = words(doc);
        assertFalse(words.contains("97531") || words.contains("97,531"), "a draft number never reaches a viewer");
        assertFalse(words.contains("8642") || words.contains("8,642"), "a suppressed number never reaches anyone");
        assertFalse(words.contains("8,000") || words.contains("90,000"), "nor shapes the scale: " + words);
        Files.createDirectories(Path.of("target/pictures"));
        Files.writeString(Path.of("target/pictures/chart-viewer.svg"), svg);
    }

    @Test
    void shouldShowAnEditorTheDraftButNeverTheSuppressedNumber() throws Exception {
        String words = words(parse(svg(editor, "")));
        assertTrue(words.contains("97,531%"), "editors see drafts: " + words);
        assertFalse(words.contains("8642") || words.contains("8,642"), words);
    }

    @Test
    void shouldKeepTheLastPeriodsAndDrawASparkline() throws Exception {
        String desc = parse(svg(viewer, "?periods=2")).getElementsByTagName("desc").item(0).getTextContent();
        assertFalse(desc.contains("2071-72-Q2"), desc);
        assertTrue(desc.contains("2071-72-Q4: 31% Red"), desc);
        String spark = svg(viewer, "?sparkline=true");
        Document doc = parse(spark);
        assertEquals(120.0, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("2071-72-Q4: 31% Red"));
    }

    @Test
    void shouldJudgeTheDirectionOnTheBasisAskedFor() throws Exception {
        String desc = parse(svg(viewer, "?basis=SAME_PERIOD_LAST_YEAR")).getElementsByTagName("desc").item(0).getTextContent();
        assertFalse(desc.contains("against 2071-72-Q1"), desc);
        Keys.as(viewer).when().get(path(ref, "chart") + "?basis=SIDEWAYS").then().statusCode(400);
    }

    @Test
    void shouldAnswerNotModifiedForItsETag() {
        String etag = Keys.as(viewer).accept("image/svg+xml").when().get(path(ref, "chart"))
                .then().statusCode(200).extract().header("ETag");
        Keys.as(viewer).accept("image/svg+xml").header("If-None-Match", etag).when().get(path(ref, "chart"))
                .then().statusCode(304).header("ETag", equalTo(etag));
    }

    @Test
    void shouldRefuseBadParametersNotAcceptableTypesAndAnonymousCallers() {
        Keys.as(viewer).when().get(path(ref, "chart") + "?periods=0").then().statusCode(400)
                .contentType("application/problem+json");
        Keys.as(viewer).when().get(path(ref, "chart") + "?sparkline=yes").then().statusCode(400);
        Keys.as(viewer).accept("application/json").when().get(path(ref, "chart")).then().statusCode(406);
        Keys.as(viewer).when().get(path("NO-SUCH-REF-CHART", "chart")).then().statusCode(404);
        Keys.anonymous().when().get(path(ref, "chart")).then().statusCode(401);
    }

    @Test
    void shouldChartTheDemoRangeTargetAsABand() throws Exception {
        String svg = svg(viewer, "");
        assertTrue(svg.length() > 1000);
        String demo = Keys.as(viewer).accept("image/svg+xml").when().get("/api/v1/indicators/1.11/chart")
                .then().statusCode(200).extract().asString();
        String desc = parse(demo).getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.contains("2017-18-Q2: 333 Amber, up against 2017-18-Q1, target range 260 to 300"), desc);
        Files.createDirectories(Path.of("target/pictures"));
        Files.writeString(Path.of("target/pictures/chart-1.11.svg"), demo);
    }
}
