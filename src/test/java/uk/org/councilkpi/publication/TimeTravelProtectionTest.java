package uk.org.councilkpi.publication;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * Reads of the past ({@code asAt}, {@code asSignedOff}) apply today's protection for viewers and partners: a figure
 * suppressed since is SUPPRESSED in every past view, whatever happened to it after, and a period not published now
 * shows no figures, in JSON and CSV, scorecards and histories. Editors see the past as it was. Each test has its own
 * directorate and far-future year, which no other test publishes.
 */
@QuarkusTest
class TimeTravelProtectionTest {

    private static String viewer;
    private static String partner;
    private static String editor;
    private static int yearCounter = 2065;

    private String directorate;
    private String year;
    private String quarter;
    private String ref;

    @BeforeEach
    void setUp() {
        if (viewer == null) {
            viewer = Keys.issue("time travel viewer", Role.VIEWER);
            partner = Keys.issue("time travel partner", Role.PARTNER);
            editor = Keys.issue("time travel editor", Role.EDITOR);
        }
        int y = yearCounter++;
        year = y + "-" + String.format("%02d", (y + 1) % 100);
        quarter = year + "-Q1";
        directorate = "Time travel " + year;
        ref = uniqueRef("TTP");
        createIndicator(indicatorJson(ref).with("directorate", directorate));
        putAccepted(path(ref, "targets", year), json().with("form", "AT_MOST").with("value", 20).with("updatedBy", "t"));
    }

    private void figure(Object number) {
        putAccepted(path(ref, "values", quarter), json().with("number", number).with("enteredBy", "t")
                .with("commentary", "Figure of " + number));
    }

    private void suppress(int number) {
        putAccepted(path(ref, "values", quarter), json().with("state", "SUPPRESSED").with("number", number)
                .with("enteredBy", "t").with("commentary", "Suppressed: fewer than five children"));
    }

    private void period(String action, String note) {
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body(json().with("note", note).toString())
                .when().post("/api/v1/periods/" + quarter + "/" + action).then().statusCode(200);
    }

    private String scorecard(String key, Map<String, ?> query) {
        return Keys.as(key).queryParam("directorate", directorate).queryParams(query)
                .when().get("/api/v1/scorecards/" + quarter).then().statusCode(200).extract().asString();
    }

    private String scorecardCsv(String key, Instant asAt) {
        return Keys.as(key).accept("text/csv").queryParam("directorate", directorate).queryParam("asAt", asAt.toString())
                .when().get("/api/v1/scorecards/" + quarter).then().statusCode(200).extract().asString();
    }

    private String history(String key, Instant asAt) {
        return Keys.as(key).queryParam("asAt", asAt.toString()).when().get(path(ref, "history"))
                .then().statusCode(200).extract().asString();
    }

    private String historyCsv(String key, Instant asAt) {
        return Keys.as(key).accept("text/csv").queryParam("asAt", asAt.toString()).when().get(path(ref, "history"))
                .then().statusCode(200).extract().asString();
    }

    /** Every read of the instant a viewer or partner can make: none may carry the number, nor its commentary. */
    private void assertHiddenFromViewers(Instant asAt, int number) {
        for (String key : List.of(viewer, partner)) {
            String json = scorecard(key, Map.of("asAt", asAt.toString()));
            JsonPath card = new JsonPath(json);
            assertEquals("SUPPRESSED", card.getString("indicators[0].current.state"), json);
            assertNull(card.get("indicators[0].current.number"), json);
            assertEquals("suppressed", card.getString("indicators[0].current.display"), json);
            assertEquals("NOT_RATED", card.getString("indicators[0].rag.rating"));
            assertFalse(json.contains("Figure of " + number), "nor its commentary: " + json);
            assertNoFigureCell(scorecardCsv(key, asAt), number);
            String history = history(key, asAt);
            JsonPath entries = new JsonPath(history);
            assertEquals("SUPPRESSED", entries.getString("entries[0].figure.state"), history);
            assertNull(entries.get("entries[0].figure.number"), history);
            assertFalse(history.contains("Figure of " + number), history);
            assertNoFigureCell(historyCsv(key, asAt), number);
        }
    }

    /** No figure or display cell of the CSV shows the number, and no cell quotes its commentary. */
    private static void assertNoFigureCell(String csv, int number) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            for (Map<String, String> row : rows.readAll()) {
                row.forEach((column, cell) -> {
                    assertFalse(cell.contains("Figure of " + number), column + ": " + cell);
                    if (column.endsWith("figure") || column.endsWith("display")) {
                        String digits = cell.replace("%", "");
                        assertFalse(digits.matches("-?[0-9.]+") && new java.math.BigDecimal(digits)
                                .compareTo(java.math.BigDecimal.valueOf(number)) == 0, column + " shows " + cell);
                    }
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldHideFromViewersInEveryPastViewAFigureSuppressedSince() {
        figure(13);
        period("publish", "for the committee");
        Instant published = Instant.now();
        suppress(13);

        assertHiddenFromViewers(published, 13);
        JsonPath asEditor = new JsonPath(scorecard(editor, Map.of("asAt", published.toString())));
        assertEquals(13, asEditor.getInt("indicators[0].current.number"), "editors see the past as it was");
        assertEquals("GREEN", asEditor.getString("indicators[0].rag.rating"));
    }

    @Test
    void shouldKeepASuppressedNumberHiddenAfterAnEditorPublishesACorrectedOne() {
        figure(3);
        period("publish", "for the committee");
        Instant first = Instant.now();
        suppress(3);
        Instant suppressed = Instant.now();
        figure(15); // the corrected, larger figure is safe to publish

        assertHiddenFromViewers(first, 3);
        assertHiddenFromViewers(suppressed, 3);
        JsonPath now = new JsonPath(scorecard(viewer, Map.of()));
        assertEquals(15, now.getInt("indicators[0].current.number"), "the current, unsuppressed figure is shown");
        JsonPath asAtNow = new JsonPath(scorecard(viewer, Map.of("asAt", Instant.now().toString())));
        assertEquals(15, asAtNow.getInt("indicators[0].current.number"), "and so it is as at now");
        assertEquals(3, new JsonPath(scorecard(editor, Map.of("asAt", first.toString())))
                .getInt("indicators[0].current.number"));
    }

    @Test
    void shouldKeepASuppressedFigureHiddenAfterItIsDeleted() {
        figure(4);
        period("publish", "for the committee");
        Instant published = Instant.now();
        suppress(4);
        Keys.as(editor).queryParam("by", "t").when().delete(path(ref, "values", quarter)).then().statusCode(204);

        assertHiddenFromViewers(published, 4);
    }

    @Test
    void shouldShowViewersNoFigureOfAPeriodWithdrawnSince() {
        figure(12);
        period("publish", "for the committee");
        Instant published = Instant.now();
        period("withdraw", "figures to be checked");

        for (String key : List.of(viewer, partner)) {
            String json = scorecard(key, Map.of("asAt", published.toString()));
            JsonPath card = new JsonPath(json);
            assertNull(card.get("indicators[0].current.state"), "no figure of a period withdrawn since: " + json);
            assertEquals(false, card.getBoolean("published"));
            assertFalse(json.contains("Figure of 12"), json);
            String history = history(key, published);
            assertEquals(0, new JsonPath(history).getList("entries").size(), history);
            assertNoFigureCell(scorecardCsv(key, published), 12);
        }
        JsonPath asEditor = new JsonPath(scorecard(editor, Map.of("asAt", published.toString())));
        assertEquals(12, asEditor.getInt("indicators[0].current.number"));
        assertTrue(asEditor.getBoolean("published"), "an editor sees the period as it was then: published");
    }

    @Test
    void shouldHideASuppressionFromViewersOfTheScorecardAsSignedOff() {
        figure(2);
        period("publish", "for the committee");
        period("sign-off", "reported to committee");
        period("reopen", "a small number to suppress");
        suppress(2);

        String json = scorecard(viewer, Map.of("asSignedOff", "true"));
        JsonPath card = new JsonPath(json);
        assertEquals("SUPPRESSED", card.getString("indicators[0].current.state"), json);
        assertNull(card.get("indicators[0].current.number"), json);
        assertEquals(2, new JsonPath(scorecard(editor, Map.of("asSignedOff", "true")))
                .getInt("indicators[0].current.number"));
    }

    @Test
    void shouldGivePartnersTheFeedOfASuppressedFigureWithoutItsNumber() {
        figure(6);
        period("publish", "for the committee");
        suppress(6);

        Keys.as(partner).queryParam("limit", 1000).when().get("/api/v1/feed").then().statusCode(200)
                .body("items.find { it.ref == '" + ref + "' }.figure.state", equalTo("SUPPRESSED"))
                .body("items.find { it.ref == '" + ref + "' }.figure.number", equalTo(null))
                .body(not(containsString("Figure of 6")));
    }
}
