package uk.org.councilkpi.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.org.councilkpi.support.ApiFixtures.CONFLICT;
import static uk.org.councilkpi.support.ApiFixtures.INDICATORS;
import static uk.org.councilkpi.support.ApiFixtures.MALFORMED_BODY;
import static uk.org.councilkpi.support.ApiFixtures.MALFORMED_REFS;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertNotFound;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.countAllRows;
import static uk.org.councilkpi.support.ApiFixtures.countIndicators;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.decoded;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.pairs;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.putValue;
import static uk.org.councilkpi.support.ApiFixtures.send;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/**
 * Defining, reading, listing, replacing and deleting indicators through the API and the database. Refs start
 * "IRT"; the list tests use a directorate of their own, {@value #DIRECTORATE}.
 */
@QuarkusTest
class IndicatorResourceTest {

    static final String PREFIX = "IRT";
    static final String DIRECTORATE = "Test directorate IRT";

    @Inject
    AgroalDataSource db;

    private static boolean listedDefined;

    /**
     * Five indicators in {@value #DIRECTORATE}, listed in the order they are defined (a report's order), which is
     * neither the order of their refs ("IRT-L10" sorts before "IRT-L2") nor of their services. Defined by the first
     * list test rather than in {@code @BeforeAll}, where REST Assured does not know the test port yet.
     */
    static synchronized void defineTheListedIndicators() {
        if (listedDefined) {
            return;
        }
        listedDefined = true;
        listed("IRT-L1", "IRT service B", "IRT plan 1", "IRT outcome X", true, "HIGHER_IS_BETTER");
        listed("IRT-L2", "IRT service A", "IRT plan 2", "IRT outcome Y", false, "LOWER_IS_BETTER");
        listed("IRT-L3", "IRT service B", "IRT plan 1", "IRT outcome Y", false, "NONE");
        listed("IRT-L4", "IRT service A", "IRT plan 2", "IRT outcome X", true, "LOWER_IS_BETTER");
        listed("IRT-L10", "IRT service B", "IRT plan 1", "IRT outcome X", false, "HIGHER_IS_BETTER");
    }

    private static void listed(String ref, String service, String plan, String outcome, boolean key, String polarity) {
        createIndicator(indicatorJson(ref).with("directorate", DIRECTORATE).with("service", service)
                .with("planPriority", plan).with("corporatePriority", outcome).with("key", key)
                .with("polarity", polarity));
    }

    private static ValidatableResponse post(Json body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().post(INDICATORS).then();
    }

    private static ValidatableResponse put(String ref, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().put(path(ref)).then();
    }

    private static JsonPath get(String ref) {
        return given().when().get(path(ref)).then().statusCode(200).extract().jsonPath();
    }

    private static Json fullDefinition(String ref) {
        return indicatorJson(ref)
                .with("title", "% repeat referrals")
                .with("description", "Referrals within 12 months of a previous one")
                .with("unit", "PERCENT")
                .with("polarity", "LOWER_IS_BETTER")
                .with("frequency", "ANNUAL")
                .with("measurement", "ROLLING_12_MONTHS")
                .with("decimalPlaces", 1)
                .with("directorate", "Test directorate IRT full")
                .with("service", "Safeguarding")
                .with("planPriority", "2 Feel & Be Safe")
                .with("corporatePriority", "Outcome 5")
                .with("responsibleOfficer", "Head of Safeguarding")
                .with("key", true)
                .with("tolerance", json().with("kind", "PERCENT").with("amount", 15))
                .with("sameBand", json().with("kind", "ABSOLUTE").with("amount", 0.5))
                .with("directionBasis", "SAME_PERIOD_LAST_YEAR");
    }

    @Nested
    class Create {

        @Test
        void shouldCreateWithDefaultsAndAnswer201WithLocation() {
            String ref = uniqueRef(PREFIX);

            post(indicatorJson(ref))
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .header("Location", endsWith(INDICATORS + "/" + ref))
                    .body("ref", equalTo(ref))
                    .body("title", equalTo("Test indicator " + ref))
                    .body("unit", equalTo("PERCENT"))
                    .body("polarity", equalTo("LOWER_IS_BETTER"))
                    .body("frequency", equalTo("QUARTERLY"))
                    .body("measurement", equalTo("SNAPSHOT"))
                    .body("decimalPlaces", equalTo(0))
                    .body("key", equalTo(false))
                    .body("directionBasis", equalTo("PREVIOUS_PERIOD"))
                    .body("tolerance", nullValue())
                    .body("sameBand", nullValue())
                    .body("description", nullValue())
                    .body("directorate", nullValue())
                    .body("createdAt", notNullValue())
                    .body("updatedAt", notNullValue());
            assertEquals(1, countIndicators(db, ref));
        }

        @Test
        void shouldStoreEveryFieldGiven() {
            String ref = uniqueRef(PREFIX);
            post(fullDefinition(ref)).statusCode(201);

            given().when().get(path(ref)).then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("title", equalTo("% repeat referrals"))
                    .body("description", equalTo("Referrals within 12 months of a previous one"))
                    .body("frequency", equalTo("ANNUAL"))
                    .body("measurement", equalTo("ROLLING_12_MONTHS"))
                    .body("decimalPlaces", equalTo(1))
                    .body("directorate", equalTo("Test directorate IRT full"))
                    .body("service", equalTo("Safeguarding"))
                    .body("planPriority", equalTo("2 Feel & Be Safe"))
                    .body("corporatePriority", equalTo("Outcome 5"))
                    .body("responsibleOfficer", equalTo("Head of Safeguarding"))
                    .body("key", equalTo(true))
                    .body("tolerance.kind", equalTo("PERCENT"))
                    .body("tolerance.amount", equalTo(15))
                    .body("sameBand.kind", equalTo("ABSOLUTE"))
                    .body("sameBand.amount", equalTo(0.5f))
                    .body("directionBasis", equalTo("SAME_PERIOD_LAST_YEAR"));
        }

        @Test
        void shouldAnswerWithTheTimestampsThatAreStored() {
            String ref = uniqueRef(PREFIX);
            JsonPath created = post(indicatorJson(ref)).statusCode(201).extract().jsonPath();

            JsonPath read = get(ref);

            assertEquals(created.getString("createdAt"), read.getString("createdAt"));
            assertEquals(created.getString("updatedAt"), read.getString("updatedAt"));
        }

        @Test
        void shouldAcceptARefWithSpacesAndDotsAndEncodeItInTheLocation() {
            String ref = "IRT " + uniqueRef("X") + ".5";

            post(indicatorJson(ref))
                    .statusCode(201)
                    .header("Location", endsWith(INDICATORS + "/" + ref.replace(" ", "%20")));

            assertEquals(ref, get(ref).getString("ref"));
        }

        @Test
        void shouldRejectADuplicateRefWithAConflictAndKeepTheFirst() {
            String ref = createIndicator(PREFIX);

            assertProblem(post(indicatorJson(ref).with("title", "Second definition")), 409, CONFLICT, INDICATORS)
                    .body("title", equalTo("Conflict"))
                    .body("detail", containsString(ref));

            assertEquals("Test indicator " + ref, get(ref).getString("title"));
            assertEquals(1, countIndicators(db, ref));
        }

        @Test
        void shouldRejectTheRefOfADemoIndicatorAndLeaveItUnchanged() {
            String before = given().when().get(path("1.5")).then().statusCode(200).extract().asString();

            assertProblem(post(indicatorJson("1.5")), 409, CONFLICT, INDICATORS);

            assertEquals(before, given().when().get(path("1.5")).then().statusCode(200).extract().asString());
        }
    }

    @Nested
    class Read {

        @Test
        void shouldGetOneIndicatorByItsRef() {
            String ref = createIndicator(PREFIX);

            given().when().get(path(ref)).then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("title", equalTo("Test indicator " + ref));
        }

        @Test
        void shouldReadADemoIndicator() {
            given().when().get(path("SCS CYP07")).then()
                    .statusCode(200)
                    .body("ref", equalTo("SCS CYP07"))
                    .body("directorate", equalTo("Halton Children and Enterprise"));
        }
    }

    @Nested
    class ListAndFilter {

        @BeforeEach
        void defineTheListedIndicatorsOnce() {
            defineTheListedIndicators();
        }

        private ValidatableResponse list(String... query) {
            var request = given().queryParam("directorate", DIRECTORATE);
            for (int i = 0; i < query.length; i += 2) {
                request = request.queryParam(query[i], query[i + 1]);
            }
            return request.when().get(INDICATORS).then().statusCode(200).contentType(ContentType.JSON);
        }

        @Test
        void shouldListOnlyTheDirectoratesIndicatorsInTheOrderDefined() {
            list()
                    .body("items.ref", contains("IRT-L1", "IRT-L2", "IRT-L3", "IRT-L4", "IRT-L10"))
                    .body("items.directorate", everyItem(equalTo(DIRECTORATE)))
                    .body("page", equalTo(0))
                    .body("size", equalTo(50))
                    .body("totalItems", equalTo(5))
                    .body("totalPages", equalTo(1));
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource({
                "service,           IRT service A,    IRT-L2 IRT-L4",
                "service,           IRT service B,    IRT-L1 IRT-L3 IRT-L10",
                "planPriority,      IRT plan 1,       IRT-L1 IRT-L3 IRT-L10",
                "planPriority,      IRT plan 2,       IRT-L2 IRT-L4",
                "corporatePriority, IRT outcome X,    IRT-L1 IRT-L4 IRT-L10",
                "corporatePriority, IRT outcome Y,    IRT-L2 IRT-L3",
                "key,               true,             IRT-L1 IRT-L4",
                "key,               false,            IRT-L2 IRT-L3 IRT-L10",
                "polarity,          LOWER_IS_BETTER,  IRT-L2 IRT-L4",
                "polarity,          NONE,             IRT-L3",
                "polarity,          HIGHER_IS_BETTER, IRT-L1 IRT-L10",
                "service,           No such service,  ''"
        })
        void shouldFilterWithinTheDirectorate(String parameter, String value, String refs) {
            String[] expected = refs.isBlank() ? new String[0] : refs.split(" ");

            list(parameter, value)
                    .body("items.ref", expected.length == 0 ? empty() : contains((Object[]) expected))
                    .body("totalItems", equalTo(expected.length));
        }

        @Test
        void shouldFilterByServiceAloneAcrossDirectorates() {
            given().queryParam("service", "IRT service A").when().get(INDICATORS).then()
                    .statusCode(200)
                    .body("items.ref", contains("IRT-L2", "IRT-L4"));
        }

        @Test
        void shouldCombineFiltersWithAnd() {
            list("service", "IRT service B", "key", "false", "planPriority", "IRT plan 1")
                    .body("items.ref", contains("IRT-L3", "IRT-L10"));
        }

        @Test
        void shouldFilterADemoDirectorateWithoutTheTestIndicators() {
            given().queryParam("directorate", "Cheshire East Children and Families").queryParam("size", 500)
                    .when().get(INDICATORS).then()
                    .statusCode(200)
                    .body("items.directorate", everyItem(equalTo("Cheshire East Children and Families")))
                    .body("items.ref", everyItem(not(startsWith("IRT"))))
                    .body("items.ref", hasItems("1.1", "10.6"));
        }

        @ParameterizedTest(name = "page {0}")
        @CsvSource({
                "0, IRT-L1 IRT-L2",
                "1, IRT-L3 IRT-L4",
                "2, IRT-L10",
                "3, ''"
        })
        void shouldPageTheList(int page, String refs) {
            String[] expected = refs.isBlank() ? new String[0] : refs.split(" ");

            list("size", "2", "page", String.valueOf(page))
                    .body("items.ref", expected.length == 0 ? empty() : contains((Object[]) expected))
                    .body("page", equalTo(page))
                    .body("size", equalTo(2))
                    .body("totalItems", equalTo(5))
                    .body("totalPages", equalTo(3));
        }

        @Test
        void shouldAcceptTheLargestPageSize() {
            list("size", "500").body("size", equalTo(500)).body("totalPages", equalTo(1));
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource({
                "size,     0,     from 1 to 500",
                "size,     501,   from 1 to 500",
                "size,     -1,    from 1 to 500",
                "size,     ten,   from 1 to 500",
                "page,     abc,   whole number",
                "page,     -1,    whole number",
                "key,      maybe, true or false",
                "polarity, UP,    HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE"
        })
        void shouldRejectABadQueryParameterNamingIt(String parameter, String value, String message) {
            assertInvalid(given().queryParam(parameter, value).when().get(INDICATORS).then(), INDICATORS, parameter)
                    .body("errors[0].message", containsString(message));
        }

        @Test
        void shouldNameEveryBadQueryParameterAtOnce() {
            assertInvalid(given().queryParam("size", 0).queryParam("page", "abc").queryParam("key", "maybe")
                            .queryParam("polarity", "UP").when().get(INDICATORS).then(),
                    INDICATORS, "size", "page", "key", "polarity")
                    .body("detail", containsString("4"));
        }
    }

    @Nested
    class Replace {

        @Test
        void shouldReplaceTheWholeDefinitionAndKeepCreatedAt() {
            String ref = uniqueRef(PREFIX);
            post(fullDefinition(ref)).statusCode(201);
            String createdAt = get(ref).getString("createdAt");

            put(ref, indicatorJson(ref).with("title", "Replaced").with("polarity", "HIGHER_IS_BETTER"))
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("ref", equalTo(ref))
                    .body("title", equalTo("Replaced"))
                    .body("polarity", equalTo("HIGHER_IS_BETTER"));

            JsonPath read = get(ref);
            assertEquals("Replaced", read.getString("title"));
            assertEquals("HIGHER_IS_BETTER", read.getString("polarity"));
            // Replaced whole: what the new definition leaves out goes back to its default.
            assertEquals("QUARTERLY", read.getString("frequency"));
            assertEquals("SNAPSHOT", read.getString("measurement"));
            assertEquals(0, read.getInt("decimalPlaces"));
            assertFalse(read.getBoolean("key"));
            assertEquals("PREVIOUS_PERIOD", read.getString("directionBasis"));
            assertThat(read.get("tolerance"), nullValue());
            assertThat(read.get("sameBand"), nullValue());
            assertThat(read.get("service"), nullValue());
            assertThat(read.get("description"), nullValue());
            assertEquals(createdAt, read.getString("createdAt"));
            assertFalse(Instant.parse(read.getString("updatedAt")).isBefore(Instant.parse(createdAt)));
        }

        @Test
        void shouldRejectAChangeOfRefNamingTheFieldAndChangeNothing() {
            String ref = createIndicator(PREFIX);
            String other = uniqueRef(PREFIX);
            String before = given().when().get(path(ref)).then().extract().asString();

            assertInvalid(put(ref, indicatorJson(other).with("title", "Renamed")), path(ref), "ref")
                    .body("errors[0].message", containsString(ref));

            assertEquals(before, given().when().get(path(ref)).then().extract().asString());
            assertEquals(0, countIndicators(db, other));
        }

        @Test
        void shouldRejectAnInvalidDefinitionAndChangeNothing() {
            String ref = createIndicator(PREFIX);
            String before = given().when().get(path(ref)).then().extract().asString();

            assertInvalid(put(ref, indicatorJson(ref).with("title", " ").with("decimalPlaces", 7)), path(ref),
                    "title", "decimalPlaces");

            assertEquals(before, given().when().get(path(ref)).then().extract().asString());
        }

        @Test
        void shouldNotCreateAnIndicatorByReplacingAnUnknownRef() {
            String ref = uniqueRef(PREFIX);

            assertNotFound(put(ref, indicatorJson(ref)), path(ref)).body("detail", containsString(ref));

            assertEquals(0, countIndicators(db, ref));
        }
    }

    @Nested
    class Delete {

        @Test
        void shouldDeleteThenAnswer404() {
            String ref = createIndicator(PREFIX);

            given().when().delete(path(ref)).then().statusCode(204);

            assertNotFound(given().when().get(path(ref)).then(), path(ref));
            assertNotFound(given().when().delete(path(ref)).then(), path(ref));
            assertEquals(0, countIndicators(db, ref));
        }

        @Test
        void shouldDeleteTheTargetsOverridesAndComparatorsWithTheIndicator() {
            String ref = createIndicator(PREFIX);
            putAccepted(path(ref, "targets", "2017-18"), json().with("text", "<20%").with("updatedBy", "test"));
            putAccepted(path(ref, "overrides", "2017-18-Q1"),
                    json().with("rating", "GREEN").with("reason", "On course").with("setBy", "test"));
            putAccepted(path(ref, "comparators", "2017-18-Q1"), json().with("nationalAverage", 21.9));
            long targets = countAllRows(db, "target");
            long overrides = countAllRows(db, "rag_override");
            long comparators = countAllRows(db, "comparator");

            given().when().delete(path(ref)).then().statusCode(204);

            assertEquals(targets - 1, countAllRows(db, "target"));
            assertEquals(overrides - 1, countAllRows(db, "rag_override"));
            assertEquals(comparators - 1, countAllRows(db, "comparator"));
        }

        @Test
        void shouldRefuseToDeleteAnIndicatorWithARecordedFigureAndKeepEverything() {
            String ref = createIndicator(PREFIX);
            putValue(ref, "2017-18-Q1", 12);
            putAccepted(path(ref, "targets", "2017-18"), json().with("text", "<20%").with("updatedBy", "test"));

            assertProblem(given().when().delete(path(ref)).then(), 409, CONFLICT, path(ref))
                    .body("title", equalTo("Conflict"))
                    .body("detail", containsString("1 recorded figure"));

            get(ref);
            given().when().get(path(ref, "values")).then().statusCode(200).body("period", contains("2017-18-Q1"));
            given().when().get(path(ref, "targets")).then().statusCode(200).body("period", contains("2017-18"));
        }
    }

    @Nested
    class Errors {

        static Stream<Arguments> methodsAndMalformedRefs() {
            return pairs(List.of("GET", "PUT", "DELETE"), MALFORMED_REFS);
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("methodsAndMalformedRefs")
        void shouldRejectAMalformedRefInThePath(String method, String ref) {
            long indicators = countAllRows(db, "indicator");
            String path = INDICATORS + "/" + ref;

            assertInvalid(send(method, path, method.equals("PUT") ? indicatorJson(uniqueRef(PREFIX)) : null).then(),
                    decoded(path), "ref")
                    .body("errors[0].message", containsString("1 to 40"));

            assertEquals(indicators, countAllRows(db, "indicator"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"GET", "PUT", "DELETE"})
        void shouldAnswer404ProblemForAnUnknownRef(String method) {
            String ref = uniqueRef(PREFIX);

            assertNotFound(send(method, path(ref), method.equals("PUT") ? indicatorJson(ref) : null).then(), path(ref))
                    .body("detail", containsString(ref));

            assertEquals(0, countIndicators(db, ref));
        }

        static Stream<Arguments> invalidDefinitions() {
            return Stream.of(
                    Arguments.of("an unknown field", indicatorJson("R").with("colour", "red"), "colour", "not a known field"),
                    Arguments.of("an unknown nested field",
                            indicatorJson("R").with("tolerance", json().with("kind", "PERCENT").with("amount", 1).with("x", 1)),
                            "tolerance.x", "not a known field"),
                    Arguments.of("a string for a number", indicatorJson("R").with("decimalPlaces", "2"), "decimalPlaces", "number"),
                    Arguments.of("a fraction for a whole number", indicatorJson("R").with("decimalPlaces", 1.5), "decimalPlaces", "number"),
                    Arguments.of("a string for a boolean", indicatorJson("R").with("key", "yes"), "key", "true or false"),
                    Arguments.of("a string for an object", indicatorJson("R").with("tolerance", "15%"), "tolerance", "object"),
                    Arguments.of("an unknown polarity", indicatorJson("R").with("polarity", "UP"), "polarity",
                            "must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE"),
                    Arguments.of("an unknown unit", indicatorJson("R").with("unit", "PERCENTAGE"), "unit", "PERCENT, COUNT"),
                    Arguments.of("an unknown frequency", indicatorJson("R").with("frequency", "WEEKLY"), "frequency", "QUARTERLY"),
                    Arguments.of("an unknown measurement", indicatorJson("R").with("measurement", "TOTAL"), "measurement", "SNAPSHOT"),
                    Arguments.of("an unknown direction basis", indicatorJson("R").with("directionBasis", "LAST_QUARTER"),
                            "directionBasis", "PREVIOUS_PERIOD"),
                    Arguments.of("an unknown tolerance kind",
                            indicatorJson("R").with("tolerance", json().with("kind", "RELATIVE").with("amount", 1)),
                            "tolerance.kind", "PERCENT, ABSOLUTE"),
                    Arguments.of("no title", indicatorJson("R").without("title"), "title", "blank"),
                    Arguments.of("a blank title", indicatorJson("R").with("title", "  "), "title", "blank"),
                    Arguments.of("a title too long", indicatorJson("R").with("title", "t".repeat(501)), "title", "500"),
                    Arguments.of("no unit", indicatorJson("R").without("unit"), "unit", "null"),
                    Arguments.of("a null polarity", indicatorJson("R").with("polarity", null), "polarity", "null"),
                    Arguments.of("too many decimal places", indicatorJson("R").with("decimalPlaces", 7), "decimalPlaces", "6"),
                    Arguments.of("negative decimal places", indicatorJson("R").with("decimalPlaces", -1), "decimalPlaces", "0"),
                    Arguments.of("a directorate too long", indicatorJson("R").with("directorate", "d".repeat(201)),
                            "directorate", "200"),
                    Arguments.of("a tolerance without amount",
                            indicatorJson("R").with("tolerance", json().with("kind", "PERCENT")), "tolerance.amount", "null"),
                    Arguments.of("a negative tolerance",
                            indicatorJson("R").with("tolerance", json().with("kind", "PERCENT").with("amount", -1)),
                            "tolerance.amount", "0"),
                    Arguments.of("a same band without kind",
                            indicatorJson("R").with("sameBand", json().with("amount", 1)), "sameBand.kind", "null"));
        }

        /** Refused as a new indicator (POST: nothing written), then as the replacement of one (PUT: nothing changed). */
        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidDefinitions")
        void shouldRejectAnInvalidDefinitionNamingTheFieldAndWriteNothing(String why, Json body, String field,
                String message) {
            String ref = uniqueRef(PREFIX);

            assertInvalid(post(body.copy().with("ref", ref)), INDICATORS, field)
                    .body("errors[0].message", containsString(message));

            assertEquals(0, countIndicators(db, ref));
            assertNotFound(given().when().get(path(ref)).then(), path(ref));

            createIndicator(indicatorJson(ref));
            String before = given().when().get(path(ref)).then().extract().asString();

            assertInvalid(put(ref, body.copy().with("ref", ref)), path(ref), field)
                    .body("errors[0].message", containsString(message));

            assertEquals(before, given().when().get(path(ref)).then().extract().asString());
        }

        @Test
        void shouldNameEveryMissingRequiredField() {
            assertInvalid(post(json()), INDICATORS, "ref", "title", "unit", "polarity")
                    .body("detail", equalTo("4 fields were rejected"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"bad/ref", "-starts-with-hyphen", "ends with space ", "semi;colon"})
        void shouldRejectAMalformedRefInTheBody(String ref) {
            long indicators = countAllRows(db, "indicator");

            assertInvalid(post(indicatorJson(ref)), INDICATORS, "ref");

            assertEquals(indicators, countAllRows(db, "indicator"));
        }

        @Test
        void shouldRejectARefOf41Characters() {
            String ref = "IRT" + "x".repeat(38);

            assertInvalid(post(indicatorJson(ref)), INDICATORS, "ref");

            assertEquals(0, countIndicators(db, ref));
        }

        @ParameterizedTest
        @ValueSource(strings = {"POST", "PUT"})
        void shouldRejectMalformedJson(String method) {
            String ref = method.equals("PUT") ? createIndicator(PREFIX) : uniqueRef(PREFIX);
            String before = method.equals("PUT") ? given().when().get(path(ref)).then().extract().asString() : null;
            String path = method.equals("PUT") ? path(ref) : INDICATORS;

            assertProblem(given().contentType(ContentType.JSON).body("{\"ref\":\"" + ref + "\",\"title\":")
                    .when().request(method, path).then(), 400, MALFORMED_BODY, path)
                    .body("title", equalTo("Malformed request body"))
                    .body("detail", containsString("not valid JSON"));

            if (before == null) {
                assertEquals(0, countIndicators(db, ref));
            } else {
                assertEquals(before, given().when().get(path(ref)).then().extract().asString());
            }
        }

        @ParameterizedTest(name = "{0} body ''{1}''")
        @CsvSource(value = {"POST|", "POST|null", "POST|[]", "POST|\"text\"", "PUT|", "PUT|[]"}, delimiter = '|')
        void shouldRejectAMissingOrNonObjectBodyNamingTheBody(String method, String body) {
            String ref = createIndicator(PREFIX);
            String path = method.equals("PUT") ? path(ref) : INDICATORS;
            long indicators = countAllRows(db, "indicator");

            assertInvalid(given().contentType(ContentType.JSON).body(body == null ? "" : body)
                    .when().request(method, path).then(), path, "body");

            assertEquals(indicators, countAllRows(db, "indicator"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"POST", "PUT"})
        void shouldAnswer415ProblemForAnotherContentType(String method) {
            String ref = method.equals("PUT") ? createIndicator(PREFIX) : uniqueRef(PREFIX);
            String before = method.equals("PUT") ? given().when().get(path(ref)).then().extract().asString() : null;
            String path = method.equals("PUT") ? path(ref) : INDICATORS;

            assertProblem(given().contentType(ContentType.TEXT).body(indicatorJson(ref).with("title", "Changed").toString())
                    .when().request(method, path).then(), 415, "urn:councilkpi:problem:unsupported-media-type", path)
                    .body("title", equalTo("Unsupported media type"));

            if (before == null) {
                assertEquals(0, countIndicators(db, ref));
            } else {
                assertEquals(before, given().when().get(path(ref)).then().extract().asString());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/nothing", "/api/v1/indicators/IRT-L1/nothing", "/api/v2/indicators"})
        void shouldAnswer404ProblemForAnUnknownPath(String path) {
            assertProblem(given().when().get(path).then(), 404, "urn:councilkpi:problem:not-found", path)
                    .body("title", equalTo("Not found"));
        }

        @Test
        void shouldAnswer405ProblemForAnUnsupportedMethod() {
            assertProblem(given().when().request("TRACE", path("IRT-L1")).then(), 405,
                    "urn:councilkpi:problem:method-not-allowed", path("IRT-L1"))
                    .header("Allow", "GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
        }

        @Test
        void shouldNeverNameAJavaClassInAProblem() {
            String body = post(indicatorJson(uniqueRef(PREFIX)).with("decimalPlaces", "2")).statusCode(400)
                    .extract().asString();

            assertThat(Arrays.stream(new String[] {"java.", "com.fasterxml", "Exception"}).anyMatch(body::contains),
                    is(false));
        }
    }

    @Test
    void shouldRejectANumberWhereAnEnumIsExpected() {
        String ref = uniqueRef(PREFIX);
        assertInvalid(given().contentType(ContentType.JSON).body(indicatorJson(ref).with("polarity", 1).toString())
                .when().post("/api/v1/indicators").then(), "/api/v1/indicators", "polarity");
        given().when().get(path(ref)).then().statusCode(404);
    }
}
