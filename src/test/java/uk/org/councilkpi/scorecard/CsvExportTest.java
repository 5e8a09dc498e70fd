package uk.org.councilkpi.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertNotFound;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scorecards and histories as CSV through the API and the database (Accept: text/csv), row for row the same as the
 * JSON, on a small council of its own (a directorate no other test uses) and on the demo data set.
 */
@QuarkusTest
class CsvExportTest {

    private static final String SCORECARDS = "/api/v1/scorecards/";
    private static final String CSV = "text/csv";
    private static final String DEMO_DIRECTORATE = "Cheshire East Children and Families";
    private static final String COMMENTARY = "Fell, at last: \"good\" news\nfor the second quarter";

    private static String directorate;
    private static String met;
    private static String suppressed;
    private static String empty;
    private static String spaced;

    @BeforeEach
    void buildCouncilOnce() {
        if (directorate != null) {
            return;
        }
        directorate = "CSV export " + uniqueRef("CSV");
        met = uniqueRef("CSV");
        createIndicator(indicatorJson(met).with("directorate", directorate).with("service", "Safeguarding"));
        putAccepted(path(met, "targets", "2017-18"), json().with("text", "<20%").with("updatedBy", "test"));
        putAccepted(path(met, "values", "2017-18-Q1"), json().with("number", 24).with("enteredBy", "test"));
        putAccepted(path(met, "values", "2017-18-Q2"), json().with("number", 20).with("commentary", COMMENTARY)
                .with("enteredBy", "test"));

        suppressed = uniqueRef("CSV");
        createIndicator(indicatorJson(suppressed).with("directorate", directorate).with("unit", "COUNT"));
        putAccepted(path(suppressed, "values", "2017-18-Q2"), json().with("state", "SUPPRESSED").with("number", 5)
                .with("enteredBy", "test"));

        // Nothing recorded; a title a spreadsheet would run as a formula; a figure below zero last quarter.
        empty = uniqueRef("CSV");
        createIndicator(indicatorJson(empty).with("title", "=HYPERLINK(\"http://example.org\",\"x\")")
                .with("directorate", directorate).with("unit", "COUNT").with("polarity", "HIGHER_IS_BETTER"));
        putAccepted(path(empty, "values", "2017-18-Q1"), json().with("number", -3.5).with("commentary", "-ve")
                .with("enteredBy", "test"));

        spaced = "CSV " + uniqueRef("X");
        createIndicator(indicatorJson(spaced).with("directorate", directorate + " (other)"));
        putAccepted(path(spaced, "values", "2017-18-Q2"), json().with("number", 12.5).with("enteredBy", "test"));
    }

    private static Response scorecard(String accept, String dir) {
        var request = given().queryParam("directorate", dir);
        if (accept != null) {
            request = request.accept(accept);
        }
        return request.when().get(SCORECARDS + "2017-18-Q2");
    }

    private static Response history(String accept, String ref) {
        return given().accept(accept).when().get(path(ref, "history"));
    }

    /** The rows of a CSV answer, by column name. */
    static List<Map<String, String>> rows(Response csv) throws IOException {
        byte[] body = csv.asByteArray();
        try (MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(body)) {
            List<List<String>> lines = it.readAll();
            List<String> header = lines.get(0);
            return lines.subList(1, lines.size()).stream().map(cells -> {
                assertEquals(header.size(), cells.size());
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                return row;
            }).toList();
        }
    }

    /** Vary names Accept (as a field of its own, not merely Accept-Encoding). */
    private static void assertVariesByAccept(Response response) {
        List<String> varied = response.headers().getValues("Vary").stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).toList();
        assertTrue(varied.stream().anyMatch("Accept"::equalsIgnoreCase), "Vary: " + varied);
    }

    private static String text(Object o) {
        return o == null ? "" : o instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                : o.toString();
    }

    @Nested
    class Scorecard {

        @Test
        void shouldAnswerCsvWithOneRowPerIndicatorMatchingTheJson() throws IOException {
            JsonPath json = scorecard(null, directorate).then().statusCode(200).contentType(startsWith("application/json"))
                    .extract().jsonPath();
            Response csv = scorecard(CSV, directorate);
            csv.then().statusCode(200)
                    .contentType(startsWith(CSV))
                    .header("Content-Disposition", equalTo("attachment; filename=\"scorecard-2017-18-Q2.csv\""))
                    .header("ETag", not(emptyString()));
            assertVariesByAccept(csv);
            assertTrue(csv.asString().startsWith(String.join(",", CsvViews.SCORECARD_COLUMNS) + "\r\n"));

            List<Map<String, String>> rows = rows(csv);
            List<Map<String, Object>> indicators = json.getList("indicators");
            assertEquals(3, indicators.size());
            assertEquals(indicators.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String r = "indicators[" + i + "].";
                assertEquals(json.getString(r + "ref"), row.get("ref"), "same order");
                assertEquals(json.getString(r + "rag.rating"), row.get("rag_rating"));
                assertEquals(json.getString(r + "rag.reason"), row.get("rag_reason"));
                assertEquals(json.getString(r + "current.display"), row.get("display"));
                assertEquals(text(json.get(r + "current.number")), row.get("figure"));
                assertEquals(text(json.get(r + "current.state")), row.get("state"));
                assertEquals(text(json.get(r + "direction.performance")), row.get("performance"));
                for (int q = 0; q < 4; q++) {
                    assertEquals(json.getString(r + "quarters[" + q + "].period"), row.get("quarter_" + (q + 1) + "_period"));
                    assertEquals(json.getString(r + "quarters[" + q + "].display"),
                            row.get("quarter_" + (q + 1) + "_display"));
                }
            }
        }

        @Test
        void shouldShowEachCaseAsASpreadsheetUserReadsIt() throws IOException {
            Map<String, Map<String, String>> byRef = new LinkedHashMap<>();
            rows(scorecard(CSV, directorate)).forEach(r -> byRef.put(r.get("ref"), r));

            Map<String, String> m = byRef.get(met);
            assertEquals("20", m.get("figure"));
            assertEquals("20%", m.get("display"));
            assertEquals("GREEN", m.get("rag_rating"));
            assertEquals("<20%", m.get("target_text"));
            assertEquals("2017-18-Q1", m.get("compared_with"));
            assertEquals("BETTER", m.get("performance"));
            assertEquals("24", m.get("quarter_3_figure"));
            assertEquals(COMMENTARY, m.get("commentary"));

            Map<String, String> s = byRef.get(suppressed);
            assertEquals("SUPPRESSED", s.get("state"));
            assertEquals("", s.get("figure"));
            assertEquals("suppressed", s.get("display"));
            assertTrue(s.values().stream().noneMatch(v -> v.equals("5")), "a suppressed figure never shows its number");

            Map<String, String> e = byRef.get(empty);
            assertEquals("'=HYPERLINK(\"http://example.org\",\"x\")", e.get("title"));
            assertEquals("", e.get("figure"));
            assertEquals("", e.get("state"));
            assertEquals("-3.5", e.get("quarter_3_figure"), "a number is never altered");
            assertEquals("-4", e.get("quarter_3_display"), "as printed, to the indicator's 0 decimal places");
        }

        @Test
        void shouldTagCsvAndJsonApartAndAnswerNotModifiedToEach() {
            Response csv = scorecard(CSV, directorate);
            String csvTag = csv.header("ETag");
            String jsonTag = scorecard("application/json", directorate).header("ETag");
            assertNotEquals(jsonTag, csvTag);
            assertEquals(csvTag, scorecard(CSV, directorate).header("ETag"), "the same CSV, the same tag");

            given().queryParam("directorate", directorate).accept(CSV).header("If-None-Match", csvTag)
                    .when().get(SCORECARDS + "2017-18-Q2")
                    .then().statusCode(304).header("ETag", csvTag).body(emptyString());
            assertVariesByAccept(given().queryParam("directorate", directorate).accept(CSV)
                    .header("If-None-Match", csvTag).when().get(SCORECARDS + "2017-18-Q2"));
            given().queryParam("directorate", directorate).accept("application/json").header("If-None-Match", csvTag)
                    .when().get(SCORECARDS + "2017-18-Q2")
                    .then().statusCode(200).header("ETag", jsonTag);
            given().queryParam("directorate", directorate).header("If-None-Match", jsonTag)
                    .when().get(SCORECARDS + "2017-18-Q2")
                    .then().statusCode(304).header("ETag", jsonTag);
        }

        @Test
        void shouldSeeAChangeInTheCsvAtOnce() throws IOException {
            String etag = scorecard(CSV, directorate).header("ETag");
            String ref = uniqueRef("CSV");
            String dir = directorate + " " + ref;
            createIndicator(indicatorJson(ref).with("directorate", dir));
            putAccepted(path(ref, "values", "2017-18-Q2"), json().with("number", 1).with("enteredBy", "test"));
            Response first = scorecard(CSV, dir);
            assertEquals("1", rows(first).get(0).get("figure"));
            putAccepted(path(ref, "values", "2017-18-Q2"), json().with("number", 2).with("enteredBy", "test"));
            given().queryParam("directorate", dir).accept(CSV).header("If-None-Match", first.header("ETag"))
                    .when().get(SCORECARDS + "2017-18-Q2").then().statusCode(200);
            assertEquals("2", rows(scorecard(CSV, dir)).get(0).get("figure"));
            assertNotEquals(etag, first.header("ETag"));
        }

        @Test
        void shouldMatchTheJsonForTheWholeDemoCouncil() throws IOException {
            JsonPath json = scorecard(null, DEMO_DIRECTORATE).then().statusCode(200).extract().jsonPath();
            List<Map<String, String>> rows = rows(scorecard(CSV, DEMO_DIRECTORATE));
            assertEquals(73, rows.size());
            assertEquals(json.getList("indicators.ref"), rows.stream().map(r -> r.get("ref")).toList());
            assertEquals(json.getList("indicators.rag.rating"), rows.stream().map(r -> r.get("rag_rating")).toList());
            assertEquals(json.getList("indicators.current.display"), rows.stream().map(r -> r.get("display")).toList());
            assertEquals(json.getList("indicators.direction.performance"),
                    rows.stream().map(r -> r.get("performance")).toList());
            assertEquals(json.getList("indicators.commentary").stream().map(c -> c == null ? "" : c.toString())
                            .map(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c).toList(),
                    rows.stream().map(r -> r.get("commentary")).toList());
        }

        @Test
        void shouldAnswerAnEmptyScorecardWithTheHeaderAlone() {
            scorecard(CSV, "CSV export nobody").then().statusCode(200)
                    .body(equalTo(String.join(",", CsvViews.SCORECARD_COLUMNS) + "\r\n"));
        }
    }

    @Nested
    class History {

        @Test
        void shouldAnswerCsvWithOneRowPerPeriodMatchingTheJson() throws IOException {
            JsonPath json = given().when().get(path(met, "history")).then().statusCode(200)
                    .contentType(startsWith("application/json")).extract().jsonPath();
            Response csv = history(CSV, met);
            csv.then().statusCode(200).contentType(startsWith(CSV))
                    .header("Content-Disposition", equalTo("attachment; filename=\"history-" + met + ".csv\""))
                    .header("ETag", not(emptyString()));
            assertVariesByAccept(csv);
            List<Map<String, String>> rows = rows(csv);
            assertEquals(json.getList("entries").size(), rows.size());
            assertEquals(List.of("2017-18-Q1", "2017-18-Q2"), rows.stream().map(r -> r.get("period")).toList());
            assertEquals(json.getList("entries.period"), rows.stream().map(r -> r.get("period")).toList());
            assertEquals(json.getList("entries.rag.rating"), rows.stream().map(r -> r.get("rag_rating")).toList());
            assertEquals(json.getList("entries.figure.display"), rows.stream().map(r -> r.get("display")).toList());
            assertEquals(List.of("24%", "20%"), rows.stream().map(r -> r.get("display")).toList());
            assertEquals(COMMENTARY, rows.get(1).get("commentary"));
            assertTrue(rows.stream().allMatch(r -> r.get("ref").equals(met)));

            String csvTag = csv.header("ETag");
            assertNotEquals(given().when().get(path(met, "history")).header("ETag"), csvTag);
            given().accept(CSV).header("If-None-Match", csvTag).when().get(path(met, "history"))
                    .then().statusCode(304).header("ETag", csvTag).body(emptyString());
        }

        @Test
        void shouldNameTheFileAfterTheRefMadeSafe() throws IOException {
            Response csv = history(CSV, spaced);
            csv.then().statusCode(200).header("Content-Disposition",
                    equalTo("attachment; filename=\"history-" + spaced.replace(' ', '_') + ".csv\""));
            assertEquals(spaced, rows(csv).get(0).get("ref"));
        }

        @Test
        void shouldNeverShowASuppressedFiguresNumber() throws IOException {
            List<Map<String, String>> rows = rows(history(CSV, suppressed));
            assertEquals(1, rows.size());
            assertEquals("", rows.get(0).get("figure"));
            assertEquals("suppressed", rows.get(0).get("display"));
        }
    }

    @Nested
    class Negotiation {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "*/*|application/json",
                "application/json|application/json",
                "application/*|application/json",
                "text/csv|text/csv",
                "text/*|text/csv",
                "text/csv, */*|text/csv",
                "text/csv;q=0.5, application/json|application/json",
                "application/json;q=0.5, text/csv|text/csv",
                "text/html, text/csv;q=0.9, */*;q=0.8|text/csv",
                "text/csv;q=0, */*|application/json"})
        void shouldAnswerInTheMediaTypeTheClientPrefers(String accept, String answered) {
            scorecard(accept, directorate).then().statusCode(200).contentType(startsWith(answered));
            history(accept, met).then().statusCode(200).contentType(startsWith(answered));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " "})
        void shouldAnswerJsonToAnEmptyAcceptHeader(String accept) {
            given().header("Accept", accept).queryParam("directorate", directorate)
                    .when().get(SCORECARDS + "2017-18-Q2")
                    .then().statusCode(200).contentType(startsWith("application/json"));
        }

        @Test
        void shouldRefuseAnUnsupportedAcceptWithAProblemAsEveryJsonOnlyOperationDoes() {
            assertProblem(given().accept("application/xml").when().get("/api/v1/indicators").then(), 406, "urn:councilkpi:problem:not-acceptable",
                    "/api/v1/indicators");
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/xml", "text/html", "text/csv;q=0", "application/json;q=0, text/csv;q=0",
                "not a media type"})
        void shouldRefuseAnUnsupportedAcceptWithAProblem(String accept) {
            assertProblem(scorecard(accept, directorate).then(), 406, "urn:councilkpi:problem:not-acceptable", SCORECARDS + "2017-18-Q2");
            assertProblem(history(accept, met).then(), 406, "urn:councilkpi:problem:not-acceptable", path(met, "history"));
        }

        @Test
        void shouldAnswerAnInvalidRequestForCsvWithAProblem() {
            assertInvalid(given().accept(CSV).when().get(SCORECARDS + "2017-18-Q5").then(),
                    SCORECARDS + "2017-18-Q5", "period");
            assertInvalid(given().accept(CSV).queryParam("basis", "SIDEWAYS").when().get(path(met, "history")).then(),
                    path(met, "history"), "basis");
        }

        @Test
        void shouldAnswerAnUnknownIndicatorForCsvWithAProblem() {
            String ref = uniqueRef("CSV-NONE");
            assertNotFound(given().accept(CSV).when().get(path(ref, "history")).then(), path(ref, "history"));
        }
    }

    /** The bytes are UTF-8, and say so. */
    @Test
    void shouldSendUtf8() {
        String ref = uniqueRef("CSV");
        createIndicator(indicatorJson(ref).with("title", "Café £ naïve").with("directorate", directorate + " utf8"));
        Response csv = scorecard(CSV, directorate + " utf8");
        csv.then().statusCode(200).contentType(containsString("charset=UTF-8"));
        assertTrue(new String(csv.asByteArray(), StandardCharsets.UTF_8).contains("Café £ naïve"));
    }
}
