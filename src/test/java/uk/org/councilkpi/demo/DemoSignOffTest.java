package uk.org.councilkpi.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.support.AsInDevMode;

/**
 * In dev mode the demo signs off Cheshire East's Q2 2017-18 as its committee received it, so that the scorecard "as it
 * went to committee" is one call (the README's example).
 */
@QuarkusTest
@TestProfile(AsInDevMode.class)
class DemoSignOffTest {

    @Test
    void shouldAnswerTheReadmesScorecardAsItWentToCommittee() {
        given().when().get("/api/v1/periods/2017-18-Q2/sign-off").then().statusCode(200)
                .body("signedOff", equalTo(true))
                .body("events", hasSize(1))
                .body("events[0].note", containsString("27 November 2017"));
        given().queryParam("asSignedOff", "first").queryParam("directorate", "Cheshire East Children and Families")
                .when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(200)
                .body("indicators", hasSize(73))
                .body("summary.rag.red", equalTo(6)).body("summary.rag.amber", equalTo(7))
                .body("summary.rag.green", equalTo(13));
    }
}
