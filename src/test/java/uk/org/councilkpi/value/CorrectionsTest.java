package uk.org.councilkpi.value;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Corrections that keep what they do not mention: a JSON Merge Patch (RFC 7396) on figures, targets, overrides and
 * definitions changes only the fields it names, with If-Match for figures, and may say why, which the record keeps.
 */
@QuarkusTest
class CorrectionsTest {

    private static RequestSpecification patch(String body) {
        return given().contentType("application/merge-patch+json; charset=UTF-8").body(body);
    }

    @Test
    void shouldCorrectAFiguresNumberAndKeepItsCommentaryFlagsAndNote() {
        String ref = createIndicator("COR");
        putAccepted(path(ref, "values", "2017-18-Q3"), json().with("number", 300).with("commentary", "Quarter 3 return")
                .with("note", "July fig").with("provisional", true).with("enteredBy", "j.smith"));
        String etag = given().get(path(ref, "values", "2017-18-Q3")).then().extract().header("ETag");

        patch("{\"number\": 305}").header("If-Match", etag).queryParam("changeReason", "Revised after the data audit")
                .when().patch(path(ref, "values", "2017-18-Q3")).then().statusCode(200)
                .body("number", equalTo(305)).body("commentary", equalTo("Quarter 3 return"))
                .body("note", equalTo("July fig")).body("provisional", equalTo(true))
                .body("enteredBy", equalTo("bootstrap administrator"));
        patch("{\"number\": 306}").header("If-Match", etag).when().patch(path(ref, "values", "2017-18-Q3"))
                .then().statusCode(412);
        patch("{\"note\": null}").when().patch(path(ref, "values", "2017-18-Q3")).then().statusCode(200)
                .body("note", nullValue()).body("number", equalTo(305));

        given().get(path(ref, "values", "2017-18-Q3", "revisions")).then().statusCode(200)
                .body("endedReason", hasItem("Revised after the data audit"));
        given().get(path(ref, "changes")).then().statusCode(200)
                .body("changes.reason", hasItem("Revised after the data audit"));
    }

    @Test
    void shouldRefuseAPatchThatIsNotAMergePatchOfTheFigure() {
        String ref = createIndicator("COR");
        patch("{\"number\": 1}").when().patch(path(ref, "values", "2017-18-Q3")).then().statusCode(404);
        putAccepted(path(ref, "values", "2017-18-Q3"), json().with("number", 3).with("enteredBy", "t"));
        patch("{\"colour\": \"red\"}").when().patch(path(ref, "values", "2017-18-Q3")).then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        patch("[1]").when().patch(path(ref, "values", "2017-18-Q3")).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        patch("{\"number\": null}").when().patch(path(ref, "values", "2017-18-Q3")).then().statusCode(400)
                .body("errors[0].field", equalTo("number"));
        given().contentType("application/json").body("{\"number\": 4}").when().patch(path(ref, "values", "2017-18-Q3"))
                .then().statusCode(415);
    }

    @Test
    void shouldCorrectTargetsOverridesAndDefinitionsKeepingTheRest() {
        String ref = createIndicator("COR");
        putAccepted(path(ref, "targets", "2017-18"), json().with("form", "AT_MOST").with("value", 20).with("text", "<20%")
                .with("tolerance", json().with("kind", "PERCENT").with("amount", 15)).with("updatedBy", "t"));
        patch("{\"value\": 18, \"text\": \"<18%\"}").when().patch(path(ref, "targets", "2017-18")).then().statusCode(200)
                .body("value", equalTo(18)).body("text", equalTo("<18%")).body("form", equalTo("AT_MOST"))
                .body("tolerance.amount", equalTo(15));

        putAccepted(path(ref, "overrides", "2017-18-Q2"), json().with("rating", "GREEN").with("reason", "On course")
                .with("setBy", "t"));
        patch("{\"rating\": \"AMBER\"}").when().patch(path(ref, "overrides", "2017-18-Q2")).then().statusCode(200)
                .body("rating", equalTo("AMBER")).body("reason", equalTo("On course"));

        patch("{\"title\": \"Renamed measure\"}").when().patch(path(ref)).then().statusCode(200)
                .body("title", equalTo("Renamed measure")).body("unit", equalTo("PERCENT"))
                .body("polarity", equalTo("LOWER_IS_BETTER"));
        patch("{\"ref\": \"another\"}").when().patch(path(ref)).then().statusCode(400)
                .body("errors[0].message", containsString("cannot change"));
    }
}
