package uk.org.councilkpi.signoff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.path;

import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

/** Writes say what they want: a sign-off needs no body, and a refused body names what it must hold. */
@QuarkusTest
class WriteBodiesTest {

    @Test
    void shouldSignOffWithoutABodyAndRecordTheCaller() {
        String period = "2082-83-Q1"; // no other test signs it off
        given().contentType("application/json").when().post("/api/v1/periods/" + period + "/sign-off").then().statusCode(200)
                .body("signedOff", equalTo(true)).body("events[0].by", equalTo("bootstrap administrator"));
        given().contentType("application/json").when().post("/api/v1/periods/" + period + "/reopen").then()
                .statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("\"note\""));
        given().contentType("application/json").body("{\"reason\": \"a correction\"}")
                .when().post("/api/v1/periods/" + period + "/reopen").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString("the known ones are by, note"));
    }

    @Test
    void shouldSayWhatAFiguresBodyMustHold() {
        String ref = createIndicator("WBT");
        given().contentType("application/json").when().put(path(ref, "values", "2017-18-Q2")).then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("\"enteredBy\""));
    }
}
