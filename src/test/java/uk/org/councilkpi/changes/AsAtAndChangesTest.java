package uk.org.councilkpi.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.support.ApiFixtures.Json;

/**
 * Reads "as at" an instant give the figures, targets and definitions of then, and the changes feed lists who
 * changed what, before and after. Refs start "AAT"; each test has its own directorate.
 */
@QuarkusTest
class AsAtAndChangesTest {

    private static String indicator(String directorate) {
        Json body = indicatorJson(uniqueRef("AAT")).with("directorate", directorate)
                .with("tolerance", json().with("kind", "PERCENT").with("amount", 15));
        String ref = createIndicator(body);
        given().contentType(ContentType.JSON).body(json().with("text", "<20%").with("updatedBy", "planner").toString())
                .put(path(ref, "targets", "2017-18")).then().statusCode(201);
        return ref;
    }

    private static void figure(String ref, Object number, String by) {
        given().contentType(ContentType.JSON).body(json().with("number", number).with("enteredBy", by).toString())
                .put(path(ref, "values", "2017-18-Q2")).then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static ValidatableResponse scorecard(String directorate, Instant asAt) {
        var request = given().queryParam("directorate", directorate);
        if (asAt != null) {
            request = request.queryParam("asAt", asAt.toString());
        }
        return request.when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(200);
    }

    @Test
    void shouldReadTheOldFigureAndRatingBeforeACorrectionAndTheNewOneAfter() {
        String directorate = "As-at test " + uniqueRef("D");
        String ref = indicator(directorate);
        figure(ref, 25, "alice");
        Instant beforeCorrection = Instant.now();
        figure(ref, 20, "bob");

        scorecard(directorate, beforeCorrection)
                .body("asAt", equalTo(beforeCorrection.toString()))
                .body("indicators[0].current.number", equalTo(25))
                .body("indicators[0].rag.rating", equalTo("RED"))
                .body("summary.rag.red", equalTo(1));
        scorecard(directorate, null)
                .body("asAt", nullValue())
                .body("indicators[0].current.number", equalTo(20))
                .body("indicators[0].rag.rating", equalTo("GREEN"));
        given().queryParam("asAt", beforeCorrection.toString()).when().get(path(ref, "values", "2017-18-Q2"))
                .then().statusCode(200).body("number", equalTo(25))
                .body("enteredBy", equalTo("bootstrap administrator for alice"));
        given().queryParam("asAt", beforeCorrection.toString()).when().get(path(ref, "history"))
                .then().statusCode(200).body("entries[0].figure.number", equalTo(25))
                .body("entries[0].rag.rating", equalTo("RED"));
    }

    @Test
    void shouldRateWithTheDefinitionOfThen() {
        String directorate = "As-at test " + uniqueRef("D");
        String ref = indicator(directorate);
        figure(ref, 25, "alice");
        Instant before = Instant.now();
        Json wider = indicatorJson(ref).with("directorate", directorate)
                .with("tolerance", json().with("kind", "PERCENT").with("amount", 30));
        given().contentType(ContentType.JSON).body(wider.toString()).put(path(ref)).then().statusCode(200);

        scorecard(directorate, before).body("indicators[0].rag.rating", equalTo("RED"));
        scorecard(directorate, null).body("indicators[0].rag.rating", equalTo("AMBER"))
                .body("indicators[0].rag.explanation", equalTo("25% is 25% above the target of at most 20%: amber within 30% tolerance"));
    }

    @Test
    void shouldNotShowWhatDidNotExistYet() {
        String directorate = "As-at test " + uniqueRef("D");
        Instant before = Instant.now();
        String ref = indicator(directorate);
        figure(ref, 10, "alice");

        scorecard(directorate, before).body("indicators", hasSize(0));
        given().queryParam("asAt", before.toString()).when().get(path(ref, "history")).then().statusCode(404);
        given().queryParam("asAt", before.toString()).when().get(path(ref, "values")).then().statusCode(404);
    }

    @Test
    void shouldKeepADeletedFigureForReadsAsAtAnEarlierInstant() {
        String directorate = "As-at test " + uniqueRef("D");
        String ref = indicator(directorate);
        figure(ref, 15, "alice");
        Instant before = Instant.now();
        given().queryParam("by", "carol").when().delete(path(ref, "values", "2017-18-Q2")).then().statusCode(204);

        scorecard(directorate, before).body("indicators[0].current.number", equalTo(15));
        scorecard(directorate, null).body("indicators[0].current.state", nullValue());
        given().when().get(path(ref, "values", "2017-18-Q2", "revisions")).then().statusCode(200)
                .body("ended", contains("DELETED")).body("endedBy", contains("bootstrap administrator for carol"));
    }

    @Test
    void shouldRejectAMalformedInstant() {
        assertInvalid(given().queryParam("asAt", "27/11/2017").when().get("/api/v1/scorecards/2017-18-Q2").then(),
                "/api/v1/scorecards/2017-18-Q2", "asAt");
        assertInvalid(given().queryParam("asAt", "2017-11-27").when().get(path("1.5", "history")).then(),
                "/api/v1/indicators/1.5/history", "asAt");
        assertInvalid(given().queryParam("asAt", "-999999999-01-01T00:00:00Z").when().get(path("1.5", "values")).then(),
                "/api/v1/indicators/1.5/values", "asAt");
    }

    @Test
    void shouldListEveryChangeWithWhoWhenBeforeAndAfter() {
        String ref = indicator("Changes test " + uniqueRef("D"));
        figure(ref, 25, "alice");
        figure(ref, 20, "bob");
        given().queryParam("by", "carol").when().delete(path(ref, "values", "2017-18-Q2")).then().statusCode(204);

        given().when().get(path(ref, "changes")).then().statusCode(200)
                .body("ref", equalTo(ref))
                .body("changes.kind", contains("DEFINITION", "TARGET", "VALUE", "VALUE", "VALUE"))
                .body("changes.action", contains("CREATED", "CREATED", "CREATED", "UPDATED", "DELETED"))
                .body("changes[0].by", equalTo("bootstrap administrator"))
                .body("changes[1].by", equalTo("bootstrap administrator for planner"))
                .body("changes[1].after.text", equalTo("<20%"))
                .body("changes[2].by", equalTo("bootstrap administrator for alice"))
                .body("changes[2].before", nullValue())
                .body("changes[3].by", equalTo("bootstrap administrator for bob"))
                .body("changes[3].period", equalTo("2017-18-Q2"))
                .body("changes[3].before.number", equalTo(25.0f))
                .body("changes[3].after.number", equalTo(20.0f))
                .body("changes[4].by", equalTo("bootstrap administrator for carol"))
                .body("changes[4].before.number", equalTo(20.0f))
                .body("changes[4].after", nullValue())
                .body("changes[4].at", not(nullValue()));
    }

    @Test
    void shouldKeepADeletedIndicatorsTrailReadable() {
        String ref = indicator("Deleted test " + uniqueRef("D"));
        given().when().delete(path(ref)).then().statusCode(204);
        given().when().get(path(ref)).then().statusCode(404);

        given().when().get(path(ref, "changes")).then().statusCode(200)
                .body("ref", equalTo(ref))
                .body("changes.findAll { it.kind == 'DEFINITION' }.action", contains("CREATED", "DELETED"))
                .body("changes.findAll { it.kind == 'TARGET' }.action", contains("CREATED", "DELETED"))
                .body("changes.findAll { it.action == 'DELETED' }.by", everyItem(equalTo("bootstrap administrator")));
        given().when().get(path(uniqueRef("NEVER"), "changes")).then().statusCode(404)
                .body("type", equalTo("urn:councilkpi:problem:not-found"));
    }
}
