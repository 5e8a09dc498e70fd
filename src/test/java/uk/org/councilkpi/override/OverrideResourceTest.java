package uk.org.councilkpi.override;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/** An officer's RAG rating of an indicator for a period, set, read and removed. Refs start "ORT". */
@QuarkusTest
class OverrideResourceTest {

    static final String PREFIX = "ORT";

    @Inject
    AgroalDataSource db;

    private static ValidatableResponse put(String ref, String period, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().put(path(ref, "overrides", period)).then();
    }

    private static ValidatableResponse get(String ref, String period) {
        return given().when().get(path(ref, "overrides", period)).then();
    }

    private static Json rating(String rating) {
        return json().with("rating", rating).with("reason", "The annual target is still on course")
                .with("setBy", "performance.officer");
    }

    @Nested
    class SetAndRead {

        @Test
        void shouldSetARatingWith201ThenReplaceItWith200() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", rating("AMBER"))
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("period", equalTo("2017-18-Q2"))
                    .body("rating", equalTo("AMBER"))
                    .body("reason", equalTo("The annual target is still on course"))
                    .body("setBy", equalTo("bootstrap administrator for performance.officer"))
                    .body("setAt", notNullValue());

            put(ref, "2017-18-Q2", rating("GREEN").with("reason", "Late requests were all within 4 days")
                    .with("setBy", "head.of.service"))
                    .statusCode(200)
                    .body("rating", equalTo("GREEN"));

            get(ref, "2017-18-Q2").statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("rating", equalTo("GREEN"))
                    .body("reason", equalTo("Late requests were all within 4 days"))
                    .body("setBy", equalTo("bootstrap administrator for head.of.service"));
            assertEquals(1, countRows(db, "rag_override", ref));
        }

        @ParameterizedTest
        @ValueSource(strings = {"RED", "AMBER", "GREEN"})
        void shouldAcceptEachRating(String rating) {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18", rating(rating)).statusCode(201);

            get(ref, "2017-18").statusCode(200).body("rating", equalTo(rating));
        }

        @Test
        void shouldStripTheReason() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q2", rating("RED").with("reason", "  Seasonal dip \n")).statusCode(201)
                    .body("reason", equalTo("Seasonal dip"));

            get(ref, "2017-18-Q2").body("reason", equalTo("Seasonal dip"));
        }

        @Test
        void shouldAnswerWithTheSetAtThatIsStored() {
            String ref = createIndicator(PREFIX);

            String answered = put(ref, "2017-18-Q2", rating("RED")).statusCode(201).extract().path("setAt");

            assertEquals(answered, get(ref, "2017-18-Q2").extract().path("setAt"));
        }

        @Test
        void shouldListOverridesByPeriod() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q2", rating("GREEN")).statusCode(201);
            put(ref, "2016-17", rating("RED")).statusCode(201);
            put(ref, "2017-18-Q1", rating("AMBER")).statusCode(201);

            given().when().get(path(ref, "overrides")).then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("period", contains("2016-17", "2017-18-Q1", "2017-18-Q2"))
                    .body("rating", contains("RED", "AMBER", "GREEN"));
        }

        @Test
        void shouldListNoOverridesAsAnEmptyArray() {
            String ref = createIndicator(PREFIX);

            given().when().get(path(ref, "overrides")).then().statusCode(200).body("$", empty());
        }

        @Test
        void shouldDeleteOnePeriodsOverrideThenAnswer404() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18-Q1", rating("AMBER")).statusCode(201);
            put(ref, "2017-18-Q2", rating("GREEN")).statusCode(201);

            given().when().delete(path(ref, "overrides", "2017-18-Q2")).then().statusCode(204);

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "overrides", "2017-18-Q2"))
                    .body("detail", containsString("no override for 2017-18-Q2"));
            assertNotFound(given().when().delete(path(ref, "overrides", "2017-18-Q2")).then(),
                    path(ref, "overrides", "2017-18-Q2"));
            given().when().get(path(ref, "overrides")).then().body("period", contains("2017-18-Q1"));
        }
    }

    @Nested
    class Rejections {

        static Stream<Arguments> invalidOverrides() {
            return Stream.of(
                    Arguments.of("NOT_RATED", rating("NOT_RATED"), "rating", "must be RED, AMBER or GREEN"),
                    Arguments.of("an unknown rating", rating("PURPLE"), "rating", "RED, AMBER, GREEN"),
                    Arguments.of("no rating", rating("RED").without("rating"), "rating", "null"),
                    Arguments.of("a blank reason", rating("RED").with("reason", "   "), "reason", "blank"),
                    Arguments.of("an empty reason", rating("RED").with("reason", ""), "reason", "blank"),
                    Arguments.of("no reason", rating("RED").without("reason"), "reason", "blank"),
                    Arguments.of("a reason too long", rating("RED").with("reason", "r".repeat(2001)), "reason", "2000"),
                    Arguments.of("a setBy too long", rating("RED").with("setBy", "s".repeat(101)), "setBy", "100"),
                    Arguments.of("a reason that is not text", rating("RED").with("reason", List.of("a")), "reason", "string"),
                    Arguments.of("an unknown field", rating("RED").with("colour", "RED"), "colour", "not a known field"));
        }

        /** Refused as the first record of its period (nothing written) and as a replacement (the stored one kept). */
        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidOverrides")
        void shouldRefuseAnInvalidOverrideNamingTheFieldAndKeepWhatIsStored(String why, Json body, String field,
                String message) {
            String ref = createIndicator(PREFIX);

            assertInvalid(put(ref, "2017-18-Q2", body), path(ref, "overrides", "2017-18-Q2"), field)
                    .body("errors[0].message", containsString(message));

            assertNotFound(get(ref, "2017-18-Q2"), path(ref, "overrides", "2017-18-Q2"));
            assertEquals(0, countRows(db, "rag_override", ref));

            put(ref, "2017-18-Q2", rating("AMBER")).statusCode(201);
            String before = get(ref, "2017-18-Q2").extract().asString();

            assertInvalid(put(ref, "2017-18-Q2", body), path(ref, "overrides", "2017-18-Q2"), field)
                    .body("errors[0].message", containsString(message));

            assertEquals(before, get(ref, "2017-18-Q2").statusCode(200).extract().asString());
        }
    }
}
