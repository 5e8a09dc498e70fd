package uk.org.councilkpi.value;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.CONFLICT;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertNotFound;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.countIndicators;
import static uk.org.councilkpi.support.ApiFixtures.countRows;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/** Recording, reading and removing an indicator's figures, with their states. Refs start "VRT". */
@QuarkusTest
class ValueResourceTest {

    static final String PREFIX = "VRT";

    @Inject
    AgroalDataSource db;

    private static ValidatableResponse put(String ref, String period, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().put(path(ref, "values", period)).then();
    }

    private static ValidatableResponse get(String ref, String period) {
        return given().when().get(path(ref, "values", period)).then();
    }

    private static Json figure(Object number) {
        return json().with("number", number).with("enteredBy", "performance.team");
    }

    private static Json state(String state) {
        return json().with("state", state).with("enteredBy", "performance.team");
    }

    @Nested
    class Record {

        @Test
        void shouldRecordANumberAsAvailableWith201ThenReplaceItWith200() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", figure(20))
                    .statusCode(201)
                    .header("Location", equalTo("/api/v1/indicators/" + ref + "/values/2017-18-Q2"))
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("period", equalTo("2017-18-Q2"))
                    .body("state", equalTo("AVAILABLE"))
                    .body("number", equalTo(20))
                    .body("provisional", equalTo(false))
                    .body("estimated", equalTo(false))
                    .body("note", nullValue())
                    .body("commentary", nullValue())
                    .body("enteredBy", equalTo("bootstrap administrator for performance.team"));

            put(ref, "2017-18-Q2", figure(21.5).with("enteredBy", "another.officer"))
                    .statusCode(200)
                    .header("Location", nullValue())
                    .body("number", equalTo(21.5f));

            get(ref, "2017-18-Q2").statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("state", equalTo("AVAILABLE"))
                    .body("number", equalTo(21.5f))
                    .body("enteredBy", equalTo("bootstrap administrator for another.officer"));
            assertEquals(1, countRows(db, "indicator_value", ref));
        }

        @ParameterizedTest
        @ValueSource(strings = {"NOT_YET_AVAILABLE", "NOT_APPLICABLE", "NOT_PROVIDED", "SUPPRESSED"})
        void shouldRecordAStateWithoutANumber(String state) {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", state(state)).statusCode(201)
                    .body("state", equalTo(state))
                    .body("number", nullValue());

            get(ref, "2017-18-Q2").statusCode(200)
                    .body("state", equalTo(state))
                    .body("number", nullValue());
        }

        @Test
        void shouldKeepAndShowTheNumberOfASuppressedFigure() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", state("SUPPRESSED").with("number", 5)).statusCode(201)
                    .body("state", equalTo("SUPPRESSED"))
                    .body("number", equalTo(5));

            get(ref, "2017-18-Q2").statusCode(200)
                    .body("state", equalTo("SUPPRESSED"))
                    .body("number", equalTo(5));
            given().when().get(path(ref, "values")).then().statusCode(200)
                    .body("number", contains(5));
        }

        @Test
        void shouldRecordTheFlagsNoteAndCommentary() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", figure(41).with("provisional", true).with("estimated", true)
                    .with("note", "July fig").with("commentary", "Late requests were all within 4 days"))
                    .statusCode(201)
                    .body("number", equalTo(41))
                    .body("provisional", equalTo(true))
                    .body("estimated", equalTo(true))
                    .body("note", equalTo("July fig"))
                    .body("commentary", equalTo("Late requests were all within 4 days"));

            get(ref, "2017-18-Q2").statusCode(200)
                    .body("provisional", equalTo(true))
                    .body("estimated", equalTo(true))
                    .body("note", equalTo("July fig"))
                    .body("commentary", equalTo("Late requests were all within 4 days"));
        }

        @Test
        void shouldReplaceTheWholeFigureDroppingWhatIsNotRepeated() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q2", figure(41).with("provisional", true).with("note", "July fig")).statusCode(201);

            put(ref, "2017-18-Q2", state("NOT_YET_AVAILABLE")).statusCode(200)
                    .body("state", equalTo("NOT_YET_AVAILABLE"))
                    .body("number", nullValue())
                    .body("provisional", equalTo(false))
                    .body("note", nullValue());

            get(ref, "2017-18-Q2").statusCode(200)
                    .body("state", equalTo("NOT_YET_AVAILABLE"))
                    .body("number", nullValue())
                    .body("provisional", equalTo(false))
                    .body("note", nullValue());
        }

        @Test
        void shouldStampEnteredAtOnTheServer() {
            String ref = createIndicator(PREFIX);
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            String answered = put(ref, "2017-18-Q2", figure(20)).statusCode(201).extract().path("enteredAt");

            Instant after = Instant.now().plusMillis(1);
            Instant enteredAt = Instant.parse(answered);
            assertFalse(enteredAt.isBefore(before), enteredAt + " is before the request, at " + before);
            assertFalse(enteredAt.isAfter(after), enteredAt + " is after the answer, at " + after);
            assertEquals(answered, get(ref, "2017-18-Q2").extract().path("enteredAt"));
        }

        @Test
        void shouldStampEnteredAtAgainOnReplace() {
            String ref = createIndicator(PREFIX);
            Instant first = Instant.parse(put(ref, "2017-18-Q2", figure(20)).statusCode(201).extract().path("enteredAt"));

            Instant second = Instant.parse(put(ref, "2017-18-Q2", figure(21)).statusCode(200).extract().path("enteredAt"));

            assertTrue(second.isAfter(first), second + " should be after " + first);
        }

        @Test
        void shouldNotLetTheClientSetEnteredAt() {
            String ref = createIndicator(PREFIX);

            assertInvalid(put(ref, "2017-18-Q2", figure(20).with("enteredAt", "2001-01-01T00:00:00Z")),
                    path(ref, "values", "2017-18-Q2"), "enteredAt")
                    .body("errors[0].message", containsString("not a known field"));

            assertEquals(0, countRows(db, "indicator_value", ref));
        }
    }

    @Nested
    class ListAndRemove {

        @Test
        void shouldListFiguresOldestFirstWithTheOutturnAfterItsQuarters() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q1", figure(3)).statusCode(201);
            put(ref, "2016-17", figure(2)).statusCode(201);
            put(ref, "2017-18", figure(5)).statusCode(201);
            put(ref, "2016-17-Q4", figure(1)).statusCode(201);
            put(ref, "2017-18-Q2", figure(4)).statusCode(201);

            given().when().get(path(ref, "values")).then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("period", contains("2016-17-Q4", "2016-17", "2017-18-Q1", "2017-18-Q2", "2017-18"))
                    .body("number", contains(1, 2, 3, 4, 5));
        }

        @Test
        void shouldListNoFiguresAsAnEmptyArray() {
            String ref = createIndicator(PREFIX);

            given().when().get(path(ref, "values")).then().statusCode(200).body("$", empty());
        }

        @Test
        void shouldAnswer404ForAPeriodWithoutAFigure() {
            String ref = createIndicator(PREFIX);

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "values", "2017-18-Q2"))
                    .body("detail", containsString("no figure for 2017-18-Q2"));
        }

        @Test
        void shouldDeleteOnePeriodsFigureThenAnswer404() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q1", figure(3)).statusCode(201);
            put(ref, "2017-18-Q2", figure(4)).statusCode(201);

            given().when().delete(path(ref, "values", "2017-18-Q2")).then().statusCode(204).body(emptyString());

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "values", "2017-18-Q2"));
            assertNotFound(given().when().delete(path(ref, "values", "2017-18-Q2")).then(),
                    path(ref, "values", "2017-18-Q2"));
            given().when().get(path(ref, "values")).then().statusCode(200)
                    .body("period", contains("2017-18-Q1"))
                    .body("number", contains(3));
        }

        @Test
        void shouldAllowTheIndicatorToBeDeletedOnceItsFiguresAreDeleted() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q1", figure(3)).statusCode(201);
            assertProblem(given().when().delete(path(ref)).then(), 409, CONFLICT, path(ref))
                    .body("detail", containsString("1 recorded figure"));

            given().when().delete(path(ref, "values", "2017-18-Q1")).then().statusCode(204).body(emptyString());

            given().when().delete(path(ref)).then().statusCode(204).body(emptyString());
            assertNotFound(given().when().get(path(ref)).then(), path(ref));
            assertEquals(0, countIndicators(db, ref));
        }
    }

    @Nested
    class Rejections {

        static Stream<Arguments> invalidFigures() {
            return Stream.of(
                    Arguments.of("AVAILABLE without number", state("AVAILABLE"), "number", "required for an AVAILABLE figure"),
                    Arguments.of("neither state nor number", json().with("enteredBy", "x"), "number", "is required"),
                    Arguments.of("NOT_APPLICABLE with number", state("NOT_APPLICABLE").with("number", 1), "number",
                            "must be absent for a figure in state NOT_APPLICABLE"),
                    Arguments.of("NOT_YET_AVAILABLE with number", state("NOT_YET_AVAILABLE").with("number", 1), "number",
                            "must be absent"),
                    Arguments.of("NOT_PROVIDED with number", state("NOT_PROVIDED").with("number", 1), "number",
                            "must be absent"),
                    Arguments.of("a number that is text", figure("abc"), "number", "number"),
                    Arguments.of("a number in quotes", figure("20"), "number", "number"),
                    Arguments.of("a number too precise", figure(1.1234567), "number", "out of bounds"),
                    Arguments.of("a number too large", figure(12345678901234L), "number", "out of bounds"),
                    Arguments.of("an unknown state", state("GONE"), "state",
                            "AVAILABLE, NOT_YET_AVAILABLE, SUPPRESSED, NOT_APPLICABLE, NOT_PROVIDED"),
                    Arguments.of("a flag that is text", figure(1).with("provisional", "yes"), "provisional", "true or false"),
                    Arguments.of("an enteredBy too long", figure(1).with("enteredBy", "e".repeat(101)), "enteredBy", "100"),
                    Arguments.of("a note too long", figure(1).with("note", "n".repeat(201)), "note", "200"),
                    Arguments.of("an unknown field", figure(1).with("value", 1), "value", "not a known field"));
        }

        /** Refused as the first record of its period (nothing written) and as a replacement (the stored one kept). */
        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidFigures")
        void shouldRefuseAnInvalidFigureNamingTheFieldAndKeepWhatIsStored(String why, Json body, String field,
                String message) {
            String ref = createIndicator(PREFIX);

            assertInvalid(put(ref, "2017-18-Q2", body), path(ref, "values", "2017-18-Q2"), field)
                    .body("errors[0].message", containsString(message));

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "values", "2017-18-Q2"));
            assertEquals(0, countRows(db, "indicator_value", ref));

            put(ref, "2017-18-Q2", figure(20).with("note", "first")).statusCode(201);
            String before = get(ref, "2017-18-Q2").extract().asString();

            assertInvalid(put(ref, "2017-18-Q2", body), path(ref, "values", "2017-18-Q2"), field)
                    .body("errors[0].message", containsString(message));

            assertEquals(before, get(ref, "2017-18-Q2").statusCode(200).extract().asString());
        }
    }

    /** Corrections keep the earlier figure (shared/domain.md): every replaced or deleted version is listed. */
    @Nested
    class Corrections {

        @Test
        void shouldKeepTheEarlierFigureWhenCorrected() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q2", json().with("number", 21).with("commentary", "first return").with("enteredBy", "alice"))
                    .statusCode(201).body("number", equalTo(21));
            put(ref, "2017-18-Q2", json().with("number", 20).with("commentary", "corrected").with("enteredBy", "bob"))
                    .statusCode(200).body("number", equalTo(20)).body("commentary", equalTo("corrected"));

            get(ref, "2017-18-Q2").statusCode(200).body("number", equalTo(20)).body("enteredBy", equalTo("bootstrap administrator for bob"));
            given().when().get(path(ref, "values", "2017-18-Q2", "revisions")).then().statusCode(200)
                    .body("number", contains(21))
                    .body("commentary", contains("first return"))
                    .body("enteredBy", contains("bootstrap administrator for alice"))
                    .body("ended", contains("REPLACED")).body("endedBy", contains("bootstrap administrator for bob"));
        }

        @Test
        void shouldKeepADeletedFigureAndAnswerTheSameFigureWithoutANewVersion() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q1", json().with("number", 5).with("enteredBy", "alice")).statusCode(201);
            String enteredAt = get(ref, "2017-18-Q1").extract().path("enteredAt");
            put(ref, "2017-18-Q1", json().with("number", 5.0).with("enteredBy", "bob")).statusCode(200)
                    .body("enteredBy", equalTo("bootstrap administrator for alice")).body("enteredAt", equalTo(enteredAt));
            given().when().delete(path(ref, "values", "2017-18-Q1")).then().statusCode(204).body(emptyString());

            assertNotFound(get(ref, "2017-18-Q1"), path(ref, "values", "2017-18-Q1"))
                    .body("detail", containsString("no figure for 2017-18-Q1"));
            given().when().get(path(ref, "values", "2017-18-Q1", "revisions")).then().statusCode(200)
                    .body("number", contains(5))
                    .body("ended", contains("DELETED"));
        }

        @Test
        void shouldListNoRevisionsForAFigureNeverCorrected() {
            String ref = createIndicator(PREFIX);
            given().when().get(path(ref, "values", "2017-18-Q3", "revisions")).then().statusCode(200)
                    .body("$", empty());
            assertNotFound(given().when().get(path("VRT-NONE", "values", "2017-18-Q3", "revisions")).then(),
                    "/api/v1/indicators/VRT-NONE/values/2017-18-Q3/revisions");
        }
    }
}
