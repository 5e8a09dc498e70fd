package uk.org.councilkpi.target;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/** Setting, reading and removing targets per financial year and per quarter. Refs start "TRT". */
@QuarkusTest
class TargetResourceTest {

    static final String PREFIX = "TRT";

    @Inject
    AgroalDataSource db;

    private static ValidatableResponse put(String ref, String period, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().put(path(ref, "targets", period)).then();
    }

    private static ValidatableResponse get(String ref, String period) {
        return given().when().get(path(ref, "targets", period)).then();
    }

    private static Json target(String form) {
        return json().with("form", form).with("updatedBy", "performance.team");
    }

    private static Json text(String text) {
        return json().with("text", text).with("updatedBy", "performance.team");
    }

    @Nested
    class SetAndRead {

        @Test
        void shouldCreateAYearTargetWith201ThenReplaceItWith200() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18", target("VALUE").with("value", 82))
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("period", equalTo("2017-18"))
                    .body("form", equalTo("VALUE"))
                    .body("value", equalTo(82))
                    .body("low", nullValue())
                    .body("high", nullValue())
                    .body("text", nullValue())
                    .body("tolerance", nullValue())
                    .body("updatedBy", equalTo("bootstrap administrator for performance.team"))
                    .body("updatedAt", notNullValue());

            put(ref, "2017-18", target("AT_LEAST").with("value", 85).with("updatedBy", "another.officer"))
                    .statusCode(200)
                    .body("form", equalTo("AT_LEAST"))
                    .body("value", equalTo(85));

            get(ref, "2017-18").statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("form", equalTo("AT_LEAST"))
                    .body("value", equalTo(85))
                    .body("updatedBy", equalTo("bootstrap administrator for another.officer"));
            assertEquals(1, countRows(db, "target", ref));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "VALUE,    82,  ,    ",
                "AT_LEAST, 85,  ,    ",
                "AT_MOST,  20,  ,    ",
                "EXACT,    0,   ,    ",
                "RANGE,    ,    260, 300",
                "NONE,     ,    ,    "
        })
        void shouldStoreEachFormWithItsFigures(String form, Integer value, Integer low, Integer high) {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18", target(form).with("value", value).with("low", low).with("high", high))
                    .statusCode(201);

            get(ref, "2017-18").statusCode(200)
                    .body("form", equalTo(form))
                    .body("value", equalTo(value))
                    .body("low", equalTo(low))
                    .body("high", equalTo(high));
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "'<20%',    AT_MOST,  20,  ,    ",
                "'260-300', RANGE,    ,    260, 300",
                "'>=85',    AT_LEAST, 85,  ,    ",
                "'82%',     VALUE,    82,  ,    ",
                "'=0',      EXACT,    0,   ,    ",
                "'N/A',     NONE,     ,    ,    "
        })
        void shouldReadTheFormAndFiguresFromTheTextAlone(String text, String form, Integer value, Integer low,
                Integer high) {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18", text(text)).statusCode(201)
                    .body("form", equalTo(form))
                    .body("value", equalTo(value))
                    .body("low", equalTo(low))
                    .body("high", equalTo(high))
                    .body("text", equalTo(text));

            get(ref, "2017-18").statusCode(200)
                    .body("form", equalTo(form))
                    .body("value", equalTo(value))
                    .body("low", equalTo(low))
                    .body("high", equalTo(high))
                    .body("text", equalTo(text));
        }

        @Test
        void shouldKeepTheTextBesideGivenFormAndFigures() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18", target("AT_MOST").with("value", 20).with("text", "less than 20%")).statusCode(201);

            get(ref, "2017-18").statusCode(200)
                    .body("form", equalTo("AT_MOST"))
                    .body("value", equalTo(20))
                    .body("text", equalTo("less than 20%"));
        }

        @Test
        void shouldStoreATargetsOwnTolerance() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18", text("<20%").with("tolerance", json().with("kind", "ABSOLUTE").with("amount", 2.5)))
                    .statusCode(201);

            get(ref, "2017-18").statusCode(200)
                    .body("tolerance.kind", equalTo("ABSOLUTE"))
                    .body("tolerance.amount", equalTo(2.5f));
        }

        @Test
        void shouldKeepAQuarterTargetApartFromTheYearTarget() {
            String ref = createIndicator(PREFIX);

            put(ref, "2017-18-Q4", text("<18%")).statusCode(201).body("period", equalTo("2017-18-Q4"));
            put(ref, "2017-18", text("<20%")).statusCode(201).body("period", equalTo("2017-18"));

            get(ref, "2017-18-Q4").statusCode(200).body("value", equalTo(18));
            get(ref, "2017-18").statusCode(200).body("value", equalTo(20));
            assertEquals(2, countRows(db, "target", ref));
        }

        @Test
        void shouldListTargetsByPeriod() {
            String ref = createIndicator(PREFIX);
            put(ref, "2018-19", text("<15%")).statusCode(201);
            put(ref, "2017-18-Q4", text("<18%")).statusCode(201);
            put(ref, "2017-18", text("<20%")).statusCode(201);

            given().when().get(path(ref, "targets")).then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("period", contains("2017-18", "2017-18-Q4", "2018-19"))
                    .body("value", contains(20, 18, 15))
                    .body("ref", contains(ref, ref, ref));
        }

        @Test
        void shouldListNoTargetsAsAnEmptyArray() {
            String ref = createIndicator(PREFIX);

            given().when().get(path(ref, "targets")).then().statusCode(200).body("$", empty());
        }

        @Test
        void shouldAnswer404ForAPeriodWithoutATarget() {
            String ref = createIndicator(PREFIX);

            assertNotFound(get(ref, "2017-18"), path(ref, "targets", "2017-18"))
                    .body("detail", containsString("no target for 2017-18"));
        }
    }

    @Nested
    class Remove {

        @Test
        void shouldDeleteOnePeriodsTargetThenAnswer404() {
            String ref = createIndicator(PREFIX);
            put(ref, "2017-18", text("<20%")).statusCode(201);
            put(ref, "2017-18-Q4", text("<18%")).statusCode(201);

            given().when().delete(path(ref, "targets", "2017-18")).then().statusCode(204);

            assertNotFound(get(ref, "2017-18"), path(ref, "targets", "2017-18"));
            assertNotFound(given().when().delete(path(ref, "targets", "2017-18")).then(), path(ref, "targets", "2017-18"));
            get(ref, "2017-18-Q4").statusCode(200);
            assertEquals(1, countRows(db, "target", ref));
        }
    }

    @Nested
    class Mismatches {

        static Stream<Arguments> mismatches() {
            return Stream.of(
                    Arguments.of("VALUE without value", target("VALUE"), List.of("value"), "required"),
                    Arguments.of("AT_LEAST without value", target("AT_LEAST"), List.of("value"), "required"),
                    Arguments.of("VALUE with low", target("VALUE").with("value", 1).with("low", 0), List.of("low"), "absent"),
                    Arguments.of("RANGE without high", target("RANGE").with("low", 260), List.of("high"), "required"),
                    Arguments.of("RANGE without figures", target("RANGE"), List.of("low", "high"), "required"),
                    Arguments.of("RANGE with value", target("RANGE").with("value", 1).with("low", 0).with("high", 2),
                            List.of("value"), "absent"),
                    Arguments.of("RANGE low above high", target("RANGE").with("low", 300).with("high", 260),
                            List.of("low"), "above high"),
                    Arguments.of("NONE with value", target("NONE").with("value", 5), List.of("value"), "absent"),
                    Arguments.of("NONE with low and high", target("NONE").with("low", 1).with("high", 2),
                            List.of("low", "high"), "absent"),
                    Arguments.of("text unreadable", text("about twenty"), List.of("text"), "cannot be read"),
                    Arguments.of("text a reversed range", text("300-260"), List.of("text"), "cannot be read"),
                    Arguments.of("text a figure too large", text("<99999999999999999999"), List.of("text"), "digits"),
                    Arguments.of("text a range too large", text("1-99999999999999999999"), List.of("text"), "digits"),
                    Arguments.of("text a figure too precise", text("20.1234567%"), List.of("text"), "digits"),
                    Arguments.of("figures without form", text("20").with("value", 20), List.of("form"),
                            "required when figures are given"),
                    Arguments.of("figures without form or text", json().with("value", 20).with("updatedBy", "x"),
                            List.of("form"), "required"),
                    Arguments.of("neither form nor text", json().with("updatedBy", "x"), List.of("form"), "required"),
                    Arguments.of("a blank text alone", text("  "), List.of("form"), "required"),
                    Arguments.of("an unknown form", target("ABOUT").with("value", 1), List.of("form"),
                            "VALUE, AT_LEAST, AT_MOST, RANGE, EXACT, NONE"),
                    Arguments.of("an updatedBy too long", target("VALUE").with("value", 1).with("updatedBy", "u".repeat(101)),
                            List.of("updatedBy"), "100"),
                    Arguments.of("a value too precise", target("VALUE").with("value", 1.1234567), List.of("value"),
                            "out of bounds"),
                    Arguments.of("a text too long", target("NONE").with("text", "t".repeat(201)), List.of("text"), "200"),
                    Arguments.of("a tolerance without amount",
                            text("<20%").with("tolerance", json().with("kind", "PERCENT")), List.of("tolerance.amount"),
                            "null"),
                    Arguments.of("a string for a figure", target("VALUE").with("value", "82"), List.of("value"), "number"),
                    Arguments.of("an unknown field", text("<20%").with("target", 20), List.of("target"),
                            "not a known field"));
        }

        /** Refused as the first record of its period (nothing written) and as a replacement (the stored one kept). */
        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatches")
        void shouldRefuseAMismatchNamingTheFieldsAndKeepWhatIsStored(String why, Json body, List<String> fields,
                String message) {
            String ref = createIndicator(PREFIX);

            assertInvalid(put(ref, "2017-18", body), path(ref, "targets", "2017-18"), fields.toArray(String[]::new))
                    .body("errors[0].message", containsString(message));

            assertNotFound(get(ref, "2017-18"), path(ref, "targets", "2017-18"));
            assertEquals(0, countRows(db, "target", ref));

            put(ref, "2017-18", text("<20%")).statusCode(201);
            String before = get(ref, "2017-18").extract().asString();

            assertInvalid(put(ref, "2017-18", body), path(ref, "targets", "2017-18"), fields.toArray(String[]::new))
                    .body("errors[0].message", containsString(message));

            assertEquals(before, get(ref, "2017-18").statusCode(200).extract().asString());
        }
    }
}
