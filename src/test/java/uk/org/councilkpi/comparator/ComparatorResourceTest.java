package uk.org.councilkpi.comparator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertNotFound;
import static uk.org.councilkpi.support.ApiFixtures.countRows;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/** Statistical-neighbour and national averages per period, set, read and removed. Refs start "CRT". */
@QuarkusTest
class ComparatorResourceTest {

    static final String PREFIX = "CRT";

    @Inject
    AgroalDataSource db;

    private static ValidatableResponse put(String ref, String period, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().put(path(ref, "comparators", period)).then();
    }

    private static ValidatableResponse get(String ref, String period) {
        return given().when().get(path(ref, "comparators", period)).then();
    }

    private static Json averages() {
        return json().with("statNeighbourAverage", 22.1).with("statNeighbourNote", "2016 figure")
                .with("nationalAverage", 21.9).with("nationalNote", "England");
    }

    @Nested
    class SetAndRead {

        @Test
        void shouldSetAllFourWith201ThenReplaceWith200() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", averages())
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("period", equalTo("2017-18-Q2"))
                    .body("statNeighbourAverage", equalTo(22.1f))
                    .body("statNeighbourNote", equalTo("2016 figure"))
                    .body("nationalAverage", equalTo(21.9f))
                    .body("nationalNote", equalTo("England"))
                    .body("updatedAt", notNullValue());

            put(ref, "2017-18-Q2", json().with("nationalAverage", 20)).statusCode(200)
                    .body("nationalAverage", equalTo(20));

            // Replaced whole: what the new body leaves out is cleared.
            get(ref, "2017-18-Q2").statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("nationalAverage", equalTo(20))
                    .body("statNeighbourAverage", nullValue())
                    .body("statNeighbourNote", nullValue())
                    .body("nationalNote", nullValue());
            assertEquals(1, countRows(db, "comparator", ref));
        }

        @ParameterizedTest
        @ValueSource(strings = {"statNeighbourAverage", "statNeighbourNote", "nationalAverage", "nationalNote"})
        void shouldAcceptAnyOneFieldAlone(String field) {
            String ref = createIndicator(PREFIX);
            Object value = field.endsWith("Note") ? "data not yet released" : 22.1;

            put(ref, "2017-18", json().with(field, value)).statusCode(201);

            get(ref, "2017-18").statusCode(200).body(field, equalTo(value instanceof Double ? 22.1f : value));
        }

        @Test
        void shouldAnswerWithTheUpdatedAtThatIsStored() {
            String ref = createIndicator(PREFIX);

            String answered = put(ref, "2017-18-Q2", averages()).statusCode(201).extract().path("updatedAt");

            assertEquals(answered, get(ref, "2017-18-Q2").extract().path("updatedAt"));
        }

        @Test
        void shouldListComparatorsByPeriod() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q2", json().with("nationalAverage", 3)).statusCode(201);
            put(ref, "2016-17", json().with("nationalAverage", 1)).statusCode(201);
            put(ref, "2017-18-Q1", json().with("nationalAverage", 2)).statusCode(201);

            given().when().get(path(ref, "comparators")).then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("period", contains("2016-17", "2017-18-Q1", "2017-18-Q2"))
                    .body("nationalAverage", contains(1, 2, 3));
        }

        @Test
        void shouldListNoComparatorsAsAnEmptyArray() {
            String ref = createIndicator(PREFIX);

            given().when().get(path(ref, "comparators")).then().statusCode(200).body("$", empty());
        }

        @Test
        void shouldDeleteOnePeriodsComparatorsThenAnswer404() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q1", averages()).statusCode(201);
            put(ref, "2017-18-Q2", averages()).statusCode(201);

            given().when().delete(path(ref, "comparators", "2017-18-Q2")).then().statusCode(204);

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "comparators", "2017-18-Q2"))
                    .body("detail", containsString("no comparators for 2017-18-Q2"));
            assertNotFound(given().when().delete(path(ref, "comparators", "2017-18-Q2")).then(),
                    path(ref, "comparators", "2017-18-Q2"));
            given().when().get(path(ref, "comparators")).then().body("period", contains("2017-18-Q1"));
        }
    }

    @Nested
    class Rejections {

        static Stream<Arguments> invalidComparators() {
            return Stream.of(
                    Arguments.of("no field at all", json(), "body", "at least one of"),
                    Arguments.of("every field null", json().with("statNeighbourAverage", null)
                            .with("statNeighbourNote", null).with("nationalAverage", null).with("nationalNote", null),
                            "body", "at least one of"),
                    Arguments.of("an average too precise", json().with("nationalAverage", 1.1234567), "nationalAverage",
                            "out of bounds"),
                    Arguments.of("an average too large", json().with("statNeighbourAverage", 12345678901234L),
                            "statNeighbourAverage", "out of bounds"),
                    Arguments.of("an average in quotes", json().with("nationalAverage", "21.9"), "nationalAverage",
                            "number"),
                    Arguments.of("a note too long", json().with("nationalNote", "n".repeat(201)), "nationalNote", "200"),
                    Arguments.of("an unknown field", averages().with("localAverage", 20), "localAverage",
                            "not a known field"));
        }

        /** Refused as the first record of its period (nothing written) and as a replacement (the stored one kept). */
        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidComparators")
        void shouldRefuseInvalidComparatorsNamingTheFieldAndKeepWhatIsStored(String why, Json body, String field,
                String message) {
            String ref = createIndicator(PREFIX);

            assertInvalid(put(ref, "2017-18-Q2", body), path(ref, "comparators", "2017-18-Q2"), field)
                    .body("errors[0].message", containsString(message));

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "comparators", "2017-18-Q2"));
            assertEquals(0, countRows(db, "comparator", ref));

            put(ref, "2017-18-Q2", averages()).statusCode(201);
            String before = get(ref, "2017-18-Q2").extract().asString();

            assertInvalid(put(ref, "2017-18-Q2", body), path(ref, "comparators", "2017-18-Q2"), field)
                    .body("errors[0].message", containsString(message));

            assertEquals(before, get(ref, "2017-18-Q2").statusCode(200).extract().asString());
        }
    }
}
