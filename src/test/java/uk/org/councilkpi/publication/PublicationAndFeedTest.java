package uk.org.councilkpi.publication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * Drafts and suppressed figures never reach viewers and partners, in any format or endpoint; the feed gives exactly
 * the published changes since a cursor. Each test uses its own directorate and its own far-future periods, which no
 * other test publishes.
 */
@QuarkusTest
class PublicationAndFeedTest {

    private static String viewer;
    private static String partner;
    private static String editor;
    private static int yearCounter = 2050;

    private String directorate;
    private String open;      // a quarter never published
    private String published; // the quarter before it, published in the test
    private String year;

    @BeforeEach
    void setUp() {
        if (viewer == null) {
            viewer = Keys.issue("publication viewer", Role.VIEWER);
            partner = Keys.issue("publication partner", Role.PARTNER);
            editor = Keys.issue("publication editor", Role.EDITOR);
        }
        int y = yearCounter++;
        year = y + "-" + String.format("%02d", (y + 1) % 100);
        published = year + "-Q1";
        open = year + "-Q2";
        directorate = "Publication " + year;
    }

    private String indicator(String prefix) {
        String ref = uniqueRef(prefix);
        createIndicator(indicatorJson(ref).with("directorate", directorate));
        putAccepted(path(ref, "targets", year), json().with("form", "AT_MOST").with("value", 20).with("updatedBy", "test"));
        return ref;
    }

    private void suppress(String ref, String period, int number) {
        putAccepted(path(ref, "values", period), json().with("state", "SUPPRESSED").with("number", number)
                .with("enteredBy", "test"));
    }

    private JsonPath scorecard(String key, String period) {
        return Keys.as(key).queryParam("directorate", directorate).when().get("/api/v1/scorecards/" + period)
                .then().statusCode(200).extract().jsonPath();
    }

    private void publish(String period) {
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{\"note\": \"for the committee\"}")
                .when().post("/api/v1/periods/" + period + "/publish")
                .then().statusCode(200).body("published", equalTo(true)).body("signedOff", equalTo(false));
    }

    private void withdraw(String period) {
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{\"note\": \"figures to be corrected\"}")
                .when().post("/api/v1/periods/" + period + "/withdraw")
                .then().statusCode(200).body("published", equalTo(false));
    }

    @Test
    void shouldShowViewersOnlyPublishedFiguresAndEditorsTheDrafts() {
        String ref = indicator("PUB");
        putValue(ref, published, 24);
        putValue(ref, open, 18.75);

        JsonPath asViewer = scorecard(viewer, open);
        assertEquals(false, asViewer.getBoolean("published"));
        assertEquals(null, (Object) asViewer.get("indicators[0].current.state"), "a draft is not shown");
        assertEquals(null, (Object) asViewer.get("indicators[0].current.number"));
        assertEquals("NOT_RATED", asViewer.getString("indicators[0].rag.rating"), "nothing is rated from a draft");
        assertEquals(0, asViewer.getInt("summary.rag.green"));
        assertEquals("NOT_COMPARABLE", asViewer.getString("indicators[0].direction.performance"));
        assertFalse(asViewer.prettify().contains("18.75"), "the draft's number appears nowhere: " + asViewer.prettify());

        JsonPath asEditor = scorecard(editor, open);
        assertEquals(18.75f, asEditor.getFloat("indicators[0].current.number"));
        assertEquals("GREEN", asEditor.getString("indicators[0].rag.rating"));

        publish(open);
        asViewer = scorecard(viewer, open);
        assertEquals(true, asViewer.getBoolean("published"));
        assertEquals(18.75f, asViewer.getFloat("indicators[0].current.number"));
        assertEquals("GREEN", asViewer.getString("indicators[0].rag.rating"));
        // the earlier quarter is still a draft: no direction of travel from it
        assertEquals("NOT_COMPARABLE", asViewer.getString("indicators[0].direction.performance"));

        withdraw(open);
        assertEquals(null, (Object) scorecard(viewer, open).get("indicators[0].current.number"));
    }

    @Test
    void shouldKeepDraftsOutOfHistoriesAndCsv() {
        String ref = indicator("PUB");
        putValue(ref, published, 24);
        putValue(ref, open, 17.25);
        publish(published);

        Keys.as(viewer).when().get(path(ref, "history")).then().statusCode(200)
                .body("entries.period", contains(published));
        Keys.as(editor).when().get(path(ref, "history")).then().statusCode(200)
                .body("entries.period", contains(published, open));

        String csv = Keys.as(viewer).accept("text/csv").when().get(path(ref, "history")).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(published) && !csv.contains(open), csv);
        String scorecardCsv = Keys.as(viewer).accept("text/csv").queryParam("directorate", directorate)
                .when().get("/api/v1/scorecards/" + open).then().statusCode(200).extract().asString();
        assertFalse(scorecardCsv.contains("17.25"), scorecardCsv);

        // the raw figures are for editors only
        Keys.as(viewer).when().get(path(ref, "values")).then().statusCode(403);
        Keys.as(partner).when().get(path(ref, "values", open, "revisions")).then().statusCode(403);
        Keys.as(viewer).when().get(path(ref, "changes")).then().statusCode(403);
        Keys.as(editor).when().get(path(ref, "values")).then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void shouldNeverShowASuppressedNumberToViewers() {
        String ref = indicator("SUP");
        suppress(ref, published, 3);
        publish(published);

        JsonPath asViewer = scorecard(viewer, published);
        assertEquals("SUPPRESSED", asViewer.getString("indicators[0].current.state"));
        assertEquals(null, (Object) asViewer.get("indicators[0].current.number"));
        assertEquals("SUPPRESSED", asViewer.getString("indicators[0].rag.reason"));
        assertEquals(0, asViewer.getInt("summary.rag.green") + asViewer.getInt("summary.rag.amber")
                + asViewer.getInt("summary.rag.red"));
        assertFalse(asViewer.getString("indicators[0].rag.explanation").contains("3"));

        Map<String, Object> entry = Keys.as(viewer).when().get(path(ref, "history")).then().statusCode(200)
                .extract().jsonPath().getMap("entries[0]");
        assertEquals("SUPPRESSED", ((Map<?, ?>) entry.get("figure")).get("state"));
        assertFalse(((Map<?, ?>) entry.get("figure")).containsKey("number")
                && ((Map<?, ?>) entry.get("figure")).get("number") != null);

        String csv = Keys.as(viewer).accept("text/csv").queryParam("directorate", directorate)
                .when().get("/api/v1/scorecards/" + published).then().statusCode(200).extract().asString();
        String row = csv.lines().filter(l -> l.startsWith(ref + ",")).findFirst().orElseThrow();
        assertFalse(row.contains(",3,"), row);

        JsonPath feed = Keys.as(partner).queryParam("limit", 10000).when().get("/api/v1/feed")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = feed.getList("items.findAll { it.ref == '" + ref + "' }");
        assertEquals(1, mine.size(), feed.prettify());
        Map<?, ?> figure = (Map<?, ?>) mine.get(0).get("figure");
        assertEquals("SUPPRESSED", figure.get("state"));
        assertEquals(null, figure.get("number"));

        // the editor still has the number
        Keys.as(editor).when().get(path(ref, "values", published)).then().statusCode(200).body("number", equalTo(3));
    }

    /** Reads the feed to its end from a cursor; returns the items and the next cursor. */
    private Object[] drain(String cursor) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        boolean more = true;
        while (more) {
            var request = Keys.as(partner).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.when().get("/api/v1/feed").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("cursor");
            more = page.getBoolean("more");
        }
        return new Object[] {items, cursor};
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Object[] drained) {
        return (List<Map<String, Object>>) drained[0];
    }

    @Test
    void shouldFeedExactlyThePublishedChangesSinceTheCursor() {
        String cursor = Keys.as(partner).queryParam("limit", 10000).when().get("/api/v1/feed")
                .then().statusCode(200).extract().path("cursor");
        while (true) { // read to the end first: from now on only this test's changes
            Object[] rest = drain(cursor);
            cursor = (String) rest[1];
            if (items(rest).isEmpty()) {
                break;
            }
        }
        String a = indicator("FEED");
        String b = indicator("FEED");

        // drafts: nothing to feed
        putValue(a, open, 10);
        putValue(b, open, 11);
        Object[] drained = drain(cursor);
        assertEquals(List.of(), items(drained));
        cursor = (String) drained[1];

        // the period is published: both figures, in order
        publish(open);
        drained = drain(cursor);
        assertEquals(List.of(a, b), items(drained).stream().map(i -> i.get("ref")).toList());
        assertTrue(items(drained).stream().allMatch(i -> i.get("change").equals("PUBLISHED") && i.get("period").equals(open)));
        assertEquals(10, ((Map<?, ?>) items(drained).get(0).get("figure")).get("number"));
        cursor = (String) drained[1];

        // a correction: that figure only, as it is now
        putValue(a, open, 12);
        drained = drain(cursor);
        assertEquals(1, items(drained).size(), items(drained).toString());
        assertEquals(12, ((Map<?, ?>) items(drained).get(0).get("figure")).get("number"));
        cursor = (String) drained[1];

        // a deletion in a published period
        Keys.as(editor).queryParam("by", "test").when().delete(path(b, "values", open)).then().statusCode(204);
        drained = drain(cursor);
        assertEquals(List.of(Map.of("ref", b, "period", open, "change", "REMOVED")),
                items(drained).stream().map(i -> Map.of("ref", i.get("ref"), "period", i.get("period"),
                        "change", i.get("change"))).toList());
        cursor = (String) drained[1];

        // withdrawn: one item for the period, and nothing more of it until it is published again
        withdraw(open);
        putValue(a, open, 13);
        drained = drain(cursor);
        assertEquals(1, items(drained).size(), items(drained).toString());
        assertEquals("WITHDRAWN", items(drained).get(0).get("change"));
        assertEquals(null, items(drained).get(0).get("ref"));
        cursor = (String) drained[1];

        // nothing new: nothing fed, same horizon
        drained = drain(cursor);
        assertEquals(List.of(), items(drained));
    }

    @Test
    void shouldRefuseABadCursorOrLimit() {
        Keys.as(partner).queryParam("since", "garbage").when().get("/api/v1/feed")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
        Keys.as(partner).queryParam("limit", 0).when().get("/api/v1/feed")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Keys.as(viewer).when().get("/api/v1/feed").then().statusCode(403);
    }

    @Test
    void shouldRefusePublishingTwiceAndWithdrawingWithoutAReason() {
        publish(published);
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{}")
                .when().post("/api/v1/periods/" + published + "/publish").then().statusCode(409);
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{}")
                .when().post("/api/v1/periods/" + published + "/withdraw")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{\"note\": \"x\"}")
                .when().post("/api/v1/periods/" + open + "/withdraw").then().statusCode(409);
        Keys.as(viewer).when().get("/api/v1/periods/" + published + "/publication").then().statusCode(200)
                .body("published", equalTo(true)).body("events", hasSize(1))
                .body("events[0].by", equalTo("bootstrap administrator"));
    }

    @Test
    void shouldSayWhenAScorecardWasLastUpdated() {
        String ref = indicator("LM");
        putValue(ref, open, 5);
        Keys.as(editor).queryParam("directorate", directorate).when().get("/api/v1/scorecards/" + open)
                .then().statusCode(200).header("Last-Modified", notNullValue()).body("lastUpdated", notNullValue())
                .header("Vary", containsString("Authorization"));
    }
}
