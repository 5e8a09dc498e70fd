package uk.org.councilkpi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.countRows;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/**
 * How strictly every JSON body is read, whatever the resource: a string of spaces or control characters is not a
 * number or true/false, a date or an instant is a string in one ISO-8601 form, a null in a merge patch cannot name
 * an unknown field, a figure's trailing zeros do not count against its limits, and a 406 or 415 says what the
 * operation answers in or takes. Each refusal names the field and writes nothing. Refs start "SBT".
 */
@QuarkusTest
class StrictBodiesTest {

    static final String PREFIX = "SBT";
    private static final String WRONG_TYPE = "has the wrong type";

    @Inject
    AgroalDataSource db;

    private static ValidatableResponse send(String method, String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().request(method, path).then();
    }

    /** A 400 naming exactly this field, with a message that starts so. */
    private static void assertRefused(ValidatableResponse response, String instance, String field, String message) {
        assertInvalid(response, instance, field).body("errors[0].message", startsWith(message));
    }

    private long count(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class BlankStrings {

        @ParameterizedTest
        @ValueSource(strings = {"\u0000", " ", "\t", "", "\u0001 "})
        void shouldRefuseABlankStringForTrueOrFalse(String blank) {
            String ref = createIndicator(PREFIX);
            String at = path(ref, "values", "2018-19-Q4");
            assertRefused(send("PUT", at, json().with("number", 5).with("enteredBy", "t").with("provisional", blank)
                    .toString()), at, "provisional", WRONG_TYPE + ": expected true or false");
            assertRefused(send("PUT", at, json().with("number", 5).with("enteredBy", "t").with("estimated", blank)
                    .toString()), at, "estimated", WRONG_TYPE);
            assertEquals(0, countRows(db, "indicator_value", ref));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u0000", " ", "\n", ""})
        void shouldRefuseABlankStringForANumber(String blank) {
            String ref = createIndicator(PREFIX);
            String values = path(ref, "values", "2018-19-Q4");
            assertRefused(send("PUT", values, json().with("number", blank).with("enteredBy", "t").toString()), values,
                    "number", WRONG_TYPE + ": expected a number");
            String comparators = path(ref, "comparators", "2018-19-Q4");
            assertRefused(send("PUT", comparators, json().with("nationalAverage", blank).toString()), comparators,
                    "nationalAverage", WRONG_TYPE);
            assertEquals(0, countRows(db, "indicator_value", ref));
            assertEquals(0, countRows(db, "comparator", ref));
        }

        @ParameterizedTest
        @ValueSource(strings = {" ", "", "\t"})
        void shouldRefuseABlankStringForAFlagOrAValueInAnImportedRow(String blank) {
            String ref = createIndicator(PREFIX);
            for (String row : new String[] {
                    json().with("ref", ref).with("period", "2018-19-Q2").with("value", 1).with("provisional", blank).toString(),
                    json().with("ref", ref).with("period", "2018-19-Q2").with("state", "NOT_YET_AVAILABLE")
                            .with("value", blank).toString()}) {
                String column = row.contains("provisional") ? "provisional" : "value";
                given().contentType("application/json; charset=UTF-8")
                        .body("{\"enteredBy\": \"t\", \"rows\": [" + row + "]}")
                        .when().post("/api/v1/imports").then().statusCode(400)
                        .body("type", equalTo("urn:councilkpi:problem:import-rejected"))
                        .body("rowErrors[0].column", equalTo(column));
            }
            assertEquals(0, countRows(db, "indicator_value", ref));
        }

        @Test
        void shouldRefuseABlankStringForAnIndicatorsFlagOrInteger() {
            String ref = createIndicator(PREFIX);
            String at = path(ref);
            assertRefused(send("PUT", at, indicatorJson(ref).with("key", "\t").toString()), at, "key", WRONG_TYPE);
            assertRefused(send("PUT", at, indicatorJson(ref).with("decimalPlaces", "\u0001").toString()), at,
                    "decimalPlaces", WRONG_TYPE + ": expected a number");
            given().when().get(at).then().statusCode(200).body("key", equalTo(false))
                    .body("title", equalTo("Test indicator " + ref));
        }

        @Test
        void shouldRefuseABlankStringForAnObjectivesPosition() {
            String plan = uniqueRef("SBP");
            send("POST", "/api/v1/plans", json().with("ref", plan).with("title", "Plan " + plan).toString())
                    .statusCode(201);
            String objective = uniqueRef("SBO");
            assertRefused(send("POST", "/api/v1/objectives", json().with("ref", objective).with("plan", plan)
                    .with("title", "Objective").with("position", "\u0000").toString()), "/api/v1/objectives",
                    "position", WRONG_TYPE);
            assertEquals(0, count("select count(*) from objective where ref = ?", objective));
        }
    }

    @Nested
    class Dates {

        private static final String KEYS = "/api/v1/keys";

        private Json key(String client) {
            return json().with("client", client).with("role", "viewer");
        }

        @Test
        void shouldRefuseAnInstantThatIsNotAStringWithItsOffset() {
            String client = uniqueRef("SBK");
            String[] bodies = {
                    key(client).with("expiresAt", "2027-03-31T23:59:59Z\u0000").toString(),
                    key(client).with("expiresAt", " 2027-03-31T23:59:59Z").toString(),
                    key(client).with("expiresAt", "2027-03-31T23:59:59").toString(),
                    key(client).with("expiresAt", "2027-03-31T23:59Z").toString(),
                    key(client).with("expiresAt", "2027-03-31").toString(),
                    key(client).with("expiresAt", "4102444800").toString(),
                    key(client).with("expiresAt", " ").toString(),
                    key(client).with("expiresAt", 4102444800L).toString(),
                    key(client).with("expiresAt", 4102444800.5).toString(),
                    key(client).with("expiresAt", true).toString(),
                    key(client).with("expiresAt", json().with("seconds", 1)).toString(),
            };
            for (String body : bodies) {
                assertRefused(send("POST", KEYS, body), KEYS, "expiresAt",
                        "must be a date-time with its offset, such as 2027-03-31T23:59:59Z");
            }
            assertEquals(0, count("select count(*) from api_key where client = ?", client));
        }

        @Test
        void shouldTakeAnInstantWithAnyOffsetAndKeepTheYearLimits() {
            String client = uniqueRef("SBK");
            send("POST", KEYS, key(client).with("expiresAt", "2027-03-31T23:59:59.5+01:00").toString())
                    .statusCode(201);
            assertRefused(send("POST", KEYS, key(client).with("expiresAt", "3000-01-01T00:00:00Z").toString()), KEYS,
                    "expiresAt", "must be between 1900-01-01 and 2999-12-31");
            assertEquals(1, count("select count(*) from api_key where client = ?", client));
        }

        @Test
        void shouldRefuseADateThatIsNotADate() {
            String plan = uniqueRef("SBP");
            send("POST", "/api/v1/plans", json().with("ref", plan).with("title", "Plan " + plan).toString())
                    .statusCode(201);
            String objective = uniqueRef("SBO");
            send("POST", "/api/v1/objectives", json().with("ref", objective).with("plan", plan)
                    .with("title", "Objective").toString()).statusCode(201);
            String ref = uniqueRef("SBM");
            for (Object due : new Object[] {"2027-01-01T00:00:00Z", "2027-02-30", "27-01-01", "2027-1-1", " 2027-01-01",
                    "2027-01-01\u0000", "", 20270101}) {
                assertRefused(send("POST", "/api/v1/milestones", json().with("ref", ref).with("title", "Milestone")
                        .with("objective", objective).with("responsibleOfficer", "Jamie Pope")
                        .with("responsibleEmail", "jamie.pope@halton.gov.uk").with("dueDate", due).toString()),
                        "/api/v1/milestones", "dueDate", "must be a date written yyyy-MM-dd, such as 2027-03-31");
            }
            assertEquals(0, count("select count(*) from milestone where ref = ?", ref));
        }
    }

    @Nested
    class MergePatches {

        @Test
        void shouldRefuseAnUnknownFieldSetToNull() {
            String ref = createIndicator(PREFIX);
            String at = path(ref);
            assertInvalid(given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"title\":\"t\",\"unknownField\":null}")
                    .when().patch(at).then(), at, "unknownField")
                    .body("errors[0].message", allOf(startsWith("is not a known field"), containsString("title")));
            given().when().get(at).then().statusCode(200).body("title", equalTo("Test indicator " + ref));
        }

        @Test
        void shouldRefuseAnUnknownNestedFieldSetToNull() {
            String ref = createIndicator(indicatorJson(uniqueRef(PREFIX))
                    .with("tolerance", json().with("kind", "ABSOLUTE").with("amount", 1)));
            String at = path(ref);
            assertInvalid(given().contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"tolerance\":{\"amount\":2,\"typo\":null}}").when().patch(at).then(), at, "tolerance.typo");
            given().when().get(at).then().statusCode(200).body("tolerance.amount", equalTo(1));
        }

        @Test
        void shouldStillRemoveAKnownFieldSetToNull() {
            String ref = createIndicator(indicatorJson(uniqueRef(PREFIX)).with("description", "to be removed"));
            given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"description\":null}").when().patch(path(ref))
                    .then().statusCode(200);
            given().when().get(path(ref)).then().statusCode(200).body("description", nullValue());
        }
    }

    @Nested
    class Figures {

        @Test
        void shouldCountTheValueNotTheTrailingZerosItIsWrittenWith() {
            String ref = createIndicator(PREFIX);
            String at = path(ref, "values", "2018-19-Q4");
            send("PUT", at, "{\"number\":1.50000000,\"enteredBy\":\"t\"}").statusCode(201).body("number", equalTo(1.5f));
            send("PUT", at, "{\"number\":100000000000000000000000000000000000000000000e-40,\"enteredBy\":\"t\"}")
                    .statusCode(200).body("number", equalTo(10000));
            assertRefused(send("PUT", at, "{\"number\":1.0000001,\"enteredBy\":\"t\"}"), at, "number", "");
            assertRefused(send("PUT", at, "{\"number\":10000000000000.0000000,\"enteredBy\":\"t\"}"), at, "number", "");
            given().when().get(at).then().statusCode(200).body("number", equalTo(10000));
        }
    }

    @Nested
    class MediaTypes {

        @Test
        void shouldSayWhatAnOperationAnswersInWhenTheAcceptHeaderTakesNoneOfIt() {
            assertProblem(given().accept("text/csv").when().get("/api/v1/feed").then(), 406,
                    "urn:councilkpi:problem:not-acceptable", "/api/v1/feed")
                    .body("title", equalTo("Not acceptable"))
                    .body("detail", allOf(containsString("application/json"), not(containsString("@"))));
            assertProblem(given().accept("text/csv").when().get("/api/v1/reports/2017-18-Q2/document").then(), 406,
                    "urn:councilkpi:problem:not-acceptable", "/api/v1/reports/2017-18-Q2/document")
                    .body("detail", allOf(containsString("text/html"), containsString("application/pdf"),
                            not(containsString("@"))));
        }

        @Test
        void shouldSayWhatAnOperationTakesWhenTheBodyIsOfAnotherType() {
            assertProblem(given().multiPart("file", "x.csv", "ref,period,value\n".getBytes(), "text/csv")
                    .queryParam("enteredBy", "t").when().post("/api/v1/imports").then(), 415,
                    "urn:councilkpi:problem:unsupported-media-type", "/api/v1/imports")
                    .body("detail", allOf(containsString("text/csv"), containsString("application/json"),
                            not(containsString("@"))));
            String ref = createIndicator(PREFIX);
            assertProblem(given().contentType("application/xml").body("<value/>").when()
                    .put(path(ref, "values", "2018-19-Q4")).then(), 415, "urn:councilkpi:problem:unsupported-media-type",
                    path(ref, "values", "2018-19-Q4"))
                    .body("detail", allOf(containsString("application/json"), not(containsString("@"))));
            assertEquals(0, countRows(db, "indicator_value", ref));
        }
    }
}
