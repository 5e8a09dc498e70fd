package uk.org.councilkpi.changes;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
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
 * Every write records who made it: the authenticated caller, with the officer the request names beside it ("sec
 * editor for Chief Executive"), whatever the table, and never what the body claims alone. One mechanism (the database
 * stamps it, migration V7) serves every kind of change, so {@code /changes} never says {@code by: null}.
 */
@QuarkusTest
class AuthorTest {

    private static final String EDITOR = "sec editor";
    private static final String ADMIN = "sec admin";
    private static String editor;
    private static String admin;
    private static int periodCounter = 2084;

    private String ref;

    @BeforeEach
    void setUp() {
        if (editor == null) {
            editor = Keys.issue(EDITOR, Role.EDITOR);
            admin = Keys.issue(ADMIN, Role.ADMIN);
        }
        ref = uniqueRef("AUT");
        Keys.as(admin).contentType("application/json").body(indicatorJson(ref).toString())
                .when().post("/api/v1/indicators").then().statusCode(201);
    }

    private static String freshYear() {
        int y = periodCounter++;
        return y + "-" + String.format("%02d", (y + 1) % 100);
    }

    private JsonPath changes() {
        return Keys.as(editor).when().get(path(ref, "changes")).then().statusCode(200)
                .body("changes.by", everyItem(notNullValue())).extract().jsonPath();
    }

    /** The author of the latest change of a kind (and period). */
    private String byOf(JsonPath changes, String kind, String action) {
        List<Map<String, Object>> list = changes.getList("changes");
        return list.stream().filter(c -> kind.equals(c.get("kind")) && action.equals(c.get("action")))
                .reduce((a, b) -> b).map(c -> (String) c.get("by")).orElseThrow(() -> new AssertionError(
                        "no " + action + " " + kind + " in " + list));
    }

    @Test
    void shouldRecordTheCallerBesideTheOfficerAFigureNames() {
        Keys.as(editor).contentType("application/json")
                .body(json().with("number", 12).with("enteredBy", "Chief Executive").toString())
                .when().put(path(ref, "values", "2017-18-Q2")).then().statusCode(201)
                .body("enteredBy", equalTo(EDITOR + " for Chief Executive"));
        Keys.as(editor).when().get(path(ref, "values", "2017-18-Q2")).then()
                .body("enteredBy", equalTo(EDITOR + " for Chief Executive"));
        Keys.as(editor).queryParam("by", "carol").when().delete(path(ref, "values", "2017-18-Q2"))
                .then().statusCode(204);

        JsonPath changes = changes();
        assertEquals(EDITOR + " for Chief Executive", byOf(changes, "VALUE", "CREATED"));
        assertEquals(EDITOR + " for carol", byOf(changes, "VALUE", "DELETED"));
    }

    @Test
    void shouldRecordTheAdministratorWhoDefinesAnIndicatorAndItsTargets() {
        Keys.as(admin).contentType("application/json").body(indicatorJson(ref).with("title", "Renamed").toString())
                .when().put(path(ref)).then().statusCode(200);
        Keys.as(admin).contentType("application/json")
                .body(json().with("text", "<20%").with("updatedBy", "planner").toString())
                .when().put(path(ref, "targets", "2017-18")).then().statusCode(201)
                .body("updatedBy", equalTo(ADMIN + " for planner"));

        JsonPath changes = changes();
        assertEquals(ADMIN, byOf(changes, "DEFINITION", "CREATED"));
        assertEquals(ADMIN, byOf(changes, "DEFINITION", "UPDATED"));
        assertEquals(ADMIN + " for planner", byOf(changes, "TARGET", "CREATED"));
    }

    @Test
    void shouldRecordOneChangeForOneWriteOfADefinition() {
        Keys.as(admin).contentType("application/json").body(indicatorJson(ref).toString()) // as created: no change
                .when().put(path(ref)).then().statusCode(200);
        Keys.as(admin).contentType("application/json").body(indicatorJson(ref).with("title", "Renamed").toString())
                .when().put(path(ref)).then().statusCode(200);
        Keys.as(admin).contentType("application/merge-patch+json; charset=UTF-8").body("{\"title\": \"Renamed again\"}")
                .when().patch(path(ref)).then().statusCode(200);

        List<Map<String, Object>> updates = changes().getList("changes.findAll { it.kind == 'DEFINITION' && it.action == 'UPDATED' }");
        assertEquals(2, updates.size(), "one change a write that changes something, each with what it changed: " + updates);
        for (Map<String, Object> update : updates) {
            assertEquals(ADMIN, update.get("by"));
        }
    }

    @Test
    void shouldRecordWhoSetsOverridesAndComparators() {
        Keys.as(editor).contentType("application/json").body(json().with("rating", "GREEN")
                        .with("reason", "On course for the year").with("setBy", "Chief Executive").toString())
                .when().put(path(ref, "overrides", "2017-18-Q2")).then().statusCode(201)
                .body("setBy", equalTo(EDITOR + " for Chief Executive"));
        Keys.as(editor).contentType("application/json").body(json().with("nationalAverage", 17.5).toString())
                .when().put(path(ref, "comparators", "2017-18")).then().statusCode(201);
        Keys.as(editor).when().delete(path(ref, "comparators", "2017-18")).then().statusCode(204);

        JsonPath changes = changes();
        assertEquals(EDITOR + " for Chief Executive", byOf(changes, "OVERRIDE", "CREATED"));
        assertEquals(EDITOR, byOf(changes, "COMPARATOR", "CREATED"));
        assertEquals(EDITOR, byOf(changes, "COMPARATOR", "DELETED"));
    }

    @Test
    void shouldGiveAnApiCorrectionNoBatchOfAnEarlierImport() {
        int batch = Keys.as(editor).contentType("application/json")
                .body("{\"enteredBy\": \"loader\", \"rows\": [{\"ref\": \"" + ref + "\", \"period\": \"2017-18-Q2\","
                        + " \"value\": 20}]}")
                .when().post("/api/v1/imports").then().statusCode(200).extract().path("batchId");
        Keys.as(editor).when().get(path(ref, "values", "2017-18-Q2")).then()
                .body("batchId", equalTo(batch)).body("enteredBy", equalTo(EDITOR + " for loader"));

        Keys.as(editor).contentType("application/json").body(json().with("number", 21).with("enteredBy", "j.smith").toString())
                .when().put(path(ref, "values", "2017-18-Q2")).then().statusCode(200)
                .body("batchId", nullValue()).body("enteredBy", equalTo(EDITOR + " for j.smith"));
        Keys.as(editor).when().get(path(ref, "values", "2017-18-Q2")).then().body("batchId", nullValue());

        JsonPath changes = changes();
        List<Map<String, Object>> values = changes.<Map<String, Object>>getList("changes").stream()
                .filter(c -> "VALUE".equals(c.get("kind"))).toList();
        assertEquals(batch, values.get(0).get("batchId"), "the import's version names its batch");
        assertNull(values.get(1).get("batchId"), "the correction's version names none");
        assertEquals(EDITOR + " for j.smith", values.get(1).get("by"));
    }

    @Test
    void shouldRecordTheCallerOfASignOffAndAPublicationNotWhatTheBodyClaims() {
        String period = freshYear() + "-Q1";
        Keys.as(admin).contentType("application/json").body(json().with("by", "Chief Executive").toString())
                .when().post("/api/v1/periods/" + period + "/sign-off").then().statusCode(200)
                .body("events[0].by", equalTo(ADMIN + " for Chief Executive"));
        Keys.as(admin).contentType("application/json").body(json().with("note", "a correction").toString())
                .when().post("/api/v1/periods/" + period + "/reopen").then().statusCode(200)
                .body("events[1].by", equalTo(ADMIN));
        Keys.as(admin).contentType("application/json").body(json().with("note", "for the committee").toString())
                .when().post("/api/v1/periods/" + period + "/publish").then().statusCode(200)
                .body("events[0].by", equalTo(ADMIN));
    }

    @Test
    void shouldRecordWhoIssuedAndWhoRevokedAKey() {
        Map<String, Object> issued = Keys.as(admin).contentType("application/json")
                .body("{\"client\": \"author test dashboard\", \"role\": \"viewer\"}")
                .when().post("/api/v1/keys").then().statusCode(201).body("createdBy", equalTo(ADMIN))
                .extract().jsonPath().getMap("");
        Keys.as(admin).when().delete("/api/v1/keys/" + issued.get("id")).then().statusCode(200)
                .body("revokedBy", equalTo(ADMIN));
        Keys.as(Keys.TEST_ADMIN_KEY).when().get("/api/v1/keys/" + issued.get("id")).then()
                .body("createdBy", equalTo(ADMIN)).body("revokedBy", equalTo(ADMIN));
    }

    @Test
    void shouldNeverAnswerAChangeWithoutItsAuthor() {
        Keys.as(admin).contentType("application/json").body(json().with("text", "<20%").with("updatedBy", ADMIN)
                        .toString()).when().put(path(ref, "targets", "2017-18")).then().statusCode(201);
        Keys.as(editor).contentType("application/json").body(json().with("number", 12).with("enteredBy", EDITOR)
                        .toString()).when().put(path(ref, "values", "2017-18-Q1")).then().statusCode(201);
        Keys.as(admin).when().delete(path(ref, "targets", "2017-18")).then().statusCode(204);

        JsonPath changes = changes();
        assertNotNull(changes.getList("changes"));
        Keys.as(editor).when().get(path(ref, "changes")).then()
                .body("changes.by", not(hasItem(nullValue())))
                .body("changes.by", hasItem(equalTo(ADMIN)))
                .body("changes.by", hasItem(equalTo(EDITOR)));
    }
}
