package uk.org.councilkpi.signoff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.support.ApiFixtures.Json;

/**
 * Signing a quarter off locks its figures and overrides until it is reopened with a reason, and the scorecard
 * can be read as it was signed off. Each test signs off a far-future quarter of its own, since periods are
 * shared by every indicator.
 */
@QuarkusTest
class SignoffResourceTest {

    private static final String CONFLICT = "urn:councilkpi:problem:conflict";
    private static final String SIGNED_OFF = "urn:councilkpi:problem:period-signed-off";

    private static ValidatableResponse post(String period, String action, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/periods/" + period + "/" + action).then();
    }

    private static ValidatableResponse putFigure(String ref, String period, Object number, String ifMatch) {
        var request = given().contentType(ContentType.JSON)
                .body(json().with("number", number).with("enteredBy", "clerk").toString());
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path(ref, "values", period)).then();
    }

    @Test
    void shouldLockASignedOffQuarterUntilItIsReopenedAndKeepTheSignedOffScorecard() {
        String period = "2031-32-Q1";
        String directorate = "Sign-off test " + uniqueRef("D");
        String ref = createIndicator(indicatorJson(uniqueRef("SOT")).with("directorate", directorate));
        putFigure(ref, period, 10, null).statusCode(201);

        post(period, "sign-off", json().with("by", "head").with("note", "To committee on 27 November")).statusCode(200)
                .body("signedOff", equalTo(true));
        assertProblem(putFigure(ref, period, 11, null), 409, SIGNED_OFF, path(ref, "values", period));
        assertProblem(given().when().delete(path(ref, "values", period)).then(), 409, SIGNED_OFF, path(ref, "values", period));
        assertProblem(given().contentType(ContentType.JSON)
                .body(json().with("rating", "GREEN").with("reason", "r").with("setBy", "o").toString())
                .put(path(ref, "overrides", period)).then(), 409, SIGNED_OFF, path(ref, "overrides", period));
        given().when().get(path(ref, "values", period)).then().body("number", equalTo(10));

        assertInvalid(post(period, "reopen", json().with("by", "head")), "/api/v1/periods/" + period + "/reopen", "note");
        post(period, "reopen", json().with("by", "head").with("note", "Late return from the service")).statusCode(200)
                .body("signedOff", equalTo(false));
        putFigure(ref, period, 12, null).statusCode(200);

        given().queryParam("directorate", directorate).queryParam("asSignedOff", "true")
                .when().get("/api/v1/scorecards/" + period).then().statusCode(200)
                .body("indicators[0].current.number", equalTo(10));
        given().queryParam("directorate", directorate).when().get("/api/v1/scorecards/" + period).then()
                .body("indicators[0].current.number", equalTo(12));

        post(period, "sign-off", json().with("by", "head")).statusCode(200);
        given().queryParam("directorate", directorate).queryParam("asSignedOff", "true")
                .when().get("/api/v1/scorecards/" + period).then().body("indicators[0].current.number", equalTo(12));
        given().when().get("/api/v1/periods/" + period + "/sign-off").then().statusCode(200)
                .body("events.action", contains("SIGN_OFF", "REOPEN", "SIGN_OFF"))
                .body("events.by", contains("bootstrap administrator for head", "bootstrap administrator for head",
                        "bootstrap administrator for head"));
    }

    @Test
    void shouldRefuseToSignOffTwiceOrReopenAnOpenPeriod() {
        String period = "2032-33-Q2";
        post(period, "sign-off", json().with("by", "head")).statusCode(200);
        assertProblem(post(period, "sign-off", json().with("by", "head")), 409, CONFLICT, "/api/v1/periods/" + period + "/sign-off");
        post(period, "reopen", json().with("by", "head").with("note", "mistake")).statusCode(200);
        assertProblem(post(period, "reopen", json().with("by", "head").with("note", "again")), 409, CONFLICT,
                "/api/v1/periods/" + period + "/reopen");
    }

    @Test
    void shouldRefuseAScorecardAsSignedOffForAPeriodNeverSignedOff() {
        assertProblem(given().queryParam("asSignedOff", "true").when().get("/api/v1/scorecards/2033-34-Q3").then(),
                409, CONFLICT, "/api/v1/scorecards/2033-34-Q3");
        assertInvalid(given().queryParam("asSignedOff", "true").queryParam("asAt", "2017-11-27T09:00:00Z")
                .when().get("/api/v1/scorecards/2033-34-Q3").then(), "/api/v1/scorecards/2033-34-Q3", "asAt");
        assertInvalid(given().queryParam("asSignedOff", "yes").when().get("/api/v1/scorecards/2033-34-Q3").then(),
                "/api/v1/scorecards/2033-34-Q3", "asSignedOff");
        assertInvalid(post("2033-34-Q9", "sign-off", json().with("by", "head")), "/api/v1/periods/2033-34-Q9/sign-off", "period");
        assertInvalid(post("2033-34-Q3", "sign-off", json().with("by", "x".repeat(101))),
                "/api/v1/periods/2033-34-Q3/sign-off", "by");
    }

    @Test
    void shouldRefuseAStaleWriteWithPreconditionFailed() {
        String ref = createIndicator("SOT");
        String period = "2017-18-Q3";
        String etag = putFigure(ref, period, 10, null).statusCode(201).extract().header("ETag");
        String read = given().when().get(path(ref, "values", period)).then().statusCode(200).extract().header("ETag");
        assertEquals(etag, read);

        String next = putFigure(ref, period, 11, read).statusCode(200).extract().header("ETag");
        assertNotEquals(read, next);
        assertProblem(putFigure(ref, period, 12, read), 412, "urn:councilkpi:problem:stale-version", path(ref, "values", period));
        given().when().get(path(ref, "values", period)).then().body("number", equalTo(11));
        putFigure(ref, period, 13, "*").statusCode(200);
        assertProblem(putFigure(ref, "2017-18-Q4", 1, "\"0\""), 412, "urn:councilkpi:problem:stale-version",
                path(ref, "values", "2017-18-Q4"));
        given().when().get(path(ref, "values", "2017-18-Q4")).then().statusCode(404);
    }
}
