package uk.org.councilkpi.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scorecards and histories through the API and the database, on a small council of its own (directorate
 * "Scorecard test directorate") built from cases of the Cheshire East report.
 */
@QuarkusTest
class ScorecardResourceTest {

    static final String DIRECTORATE = "Scorecard test directorate";
    private static boolean built;

    @BeforeEach
    void buildCouncilOnce() {
        if (!built) {
            buildCouncil();
            built = true;
        }
    }

    private static void buildCouncil() {
        // Cheshire East 1.5: 20% against "<20%", low is good: met on the bound.
        indicator("SRT-A", "PERCENT", "LOWER_IS_BETTER", Map.of("kind", "PERCENT", "amount", 15), "Safeguarding", true);
        target("SRT-A", "2017-18", Map.of("text", "<20%"));
        value("SRT-A", "2016-17", 25);
        value("SRT-A", "2017-18-Q1", 24);
        value("SRT-A", "2017-18-Q2", 20);
        // Cheshire East 1.11: 333 against 260-300, no polarity: amber within 15%.
        indicator("SRT-B", "COUNT", "NONE", Map.of("kind", "PERCENT", "amount", 15), "Safeguarding", false);
        target("SRT-B", "2017-18", Map.of("form", "RANGE", "low", 260, "high", 300));
        value("SRT-B", "2017-18-Q1", 288);
        value("SRT-B", "2017-18-Q2", 333);
        // Cheshire East 2.10 with no tolerance: red; an officer's green override shown beside it.
        indicator("SRT-C", "PERCENT", "HIGHER_IS_BETTER", null, "Cared for Children", false);
        target("SRT-C", "2017-18", Map.of("form", "VALUE", "value", 70));
        value("SRT-C", "2017-18-Q1", 78);
        value("SRT-C", "2017-18-Q2", 41);
        given().contentType(ContentType.JSON)
                .body(Map.of("rating", "GREEN", "reason", "Late requests were all within 4 days", "setBy", "officer"))
                .put("/api/v1/indicators/SRT-C/overrides/2017-18-Q2").then().statusCode(201);
        // No target: not rated, but its direction of travel is judged.
        indicator("SRT-D", "COUNT", "HIGHER_IS_BETTER", null, "Cared for Children", false);
        value("SRT-D", "2017-18-Q1", 10);
        value("SRT-D", "2017-18-Q2", 12);
        // A suppressed figure that keeps its number for staff: never rated, never shown.
        indicator("SRT-E", "COUNT", "LOWER_IS_BETTER", null, "Cared for Children", false);
        target("SRT-E", "2017-18", Map.of("text", "<10"));
        given().contentType(ContentType.JSON)
                .body(Map.of("state", "SUPPRESSED", "number", 5, "enteredBy", "test"))
                .put("/api/v1/indicators/SRT-E/values/2017-18-Q2").then().statusCode(201);
    }

    private static ValidatableResponse scorecard(String period, Map<String, ?> query) {
        return given().queryParam("directorate", DIRECTORATE).queryParams(query)
                .when().get("/api/v1/scorecards/" + period)
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    private static String row(String ref) {
        return "indicators.find { it.ref == '" + ref + "' }.";
    }

    @Nested
    class Ratings {

        @Test
        void shouldRateGreenOnTheBoundOfAnAtMostTarget() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-A") + "rag.rating", equalTo("GREEN"))
                    .body(row("SRT-A") + "rag.reason", equalTo("MET"))
                    .body(row("SRT-A") + "rag.explanation", equalTo("20% against a target of at most 20%: met"))
                    .body(row("SRT-A") + "target.period", equalTo("2017-18"))
                    .body(row("SRT-A") + "target.form", equalTo("AT_MOST"))
                    .body(row("SRT-A") + "target.text", equalTo("<20%"));
        }

        @Test
        void shouldRateAmberAboveARangeWithinTolerance() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-B") + "rag.rating", equalTo("AMBER"))
                    .body(row("SRT-B") + "rag.explanation",
                            equalTo("333 is 11% above the range 260-300: amber within 15% tolerance"));
        }

        @Test
        void shouldShowTheOverrideBesideTheComputedRating() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-C") + "rag.rating", equalTo("RED"))
                    .body(row("SRT-C") + "rag.explanation", containsString("red (no amber tolerance)"))
                    .body(row("SRT-C") + "override.rating", equalTo("GREEN"))
                    .body(row("SRT-C") + "override.reason", equalTo("Late requests were all within 4 days"))
                    .body(row("SRT-C") + "override.setBy", equalTo("bootstrap administrator for officer"));
        }

        @Test
        void shouldNotRateWithoutATarget() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-D") + "rag.rating", equalTo("NOT_RATED"))
                    .body(row("SRT-D") + "rag.reason", equalTo("NO_TARGET"))
                    .body(row("SRT-D") + "target", nullValue());
        }

        @Test
        void shouldNeitherRateNorShowASuppressedFigure() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-E") + "rag.rating", equalTo("NOT_RATED"))
                    .body(row("SRT-E") + "rag.reason", equalTo("SUPPRESSED"))
                    .body(row("SRT-E") + "current.state", equalTo("SUPPRESSED"))
                    .body(row("SRT-E") + "current.number", nullValue())
                    .body(row("SRT-E") + "current.display", equalTo("suppressed"))
                    .body(row("SRT-E") + "rag.explanation", equalTo("Figure suppressed: not rated"));
        }

        @Test
        void shouldCountRatingsWithAndWithoutOverrides() {
            scorecard("2017-18-Q2", Map.of())
                    .body("indicators", hasSize(5))
                    .body("summary.rag.red", equalTo(1))
                    .body("summary.rag.amber", equalTo(1))
                    .body("summary.rag.green", equalTo(1))
                    .body("summary.rag.notRated", equalTo(2))
                    .body("summary.rag.total", equalTo(5))
                    .body("summary.ragWithOverrides.red", equalTo(0))
                    .body("summary.ragWithOverrides.green", equalTo(2))
                    .body("summary.direction.better", equalTo(2))
                    .body("summary.direction.worse", equalTo(1))
                    .body("summary.direction.same", equalTo(0))
                    .body("summary.direction.notComparable", equalTo(2))
                    .body("summary.direction.total", equalTo(5));
        }
    }

    @Nested
    class DirectionOfTravel {

        @Test
        void shouldCompareWithThePreviousQuarterByDefault() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-A") + "direction.basis", equalTo("PREVIOUS_PERIOD"))
                    .body(row("SRT-A") + "direction.comparedWith", equalTo("2017-18-Q1"))
                    .body(row("SRT-A") + "direction.movement", equalTo("DOWN"))
                    .body(row("SRT-A") + "direction.performance", equalTo("BETTER"))
                    .body(row("SRT-A") + "direction.explanation", equalTo("20% against 24% in 2017-18-Q1: down 4 points, better"))
                    .body(row("SRT-C") + "direction.performance", equalTo("WORSE"));
        }

        @Test
        void shouldShowMovementButNoPerformanceWithoutPolarity() {
            scorecard("2017-18-Q2", Map.of())
                    .body(row("SRT-B") + "direction.movement", equalTo("UP"))
                    .body(row("SRT-B") + "direction.performance", equalTo("NOT_COMPARABLE"))
                    .body(row("SRT-B") + "direction.reason", equalTo("NO_POLARITY"));
        }

        @Test
        void shouldCompareOnTheBasisAskedFor() {
            scorecard("2017-18-Q2", Map.of("basis", "LAST_YEAR_OUTTURN"))
                    .body("basis", equalTo("LAST_YEAR_OUTTURN"))
                    .body(row("SRT-A") + "direction.comparedWith", equalTo("2016-17"))
                    .body(row("SRT-A") + "direction.explanation", equalTo("20% against 25% in 2016-17: down 5 points, better"));
            scorecard("2017-18-Q2", Map.of("basis", "SAME_PERIOD_LAST_YEAR"))
                    .body(row("SRT-A") + "direction.comparedWith", equalTo("2016-17-Q2"))
                    .body(row("SRT-A") + "direction.performance", equalTo("NOT_COMPARABLE"))
                    .body(row("SRT-A") + "direction.reason", equalTo("NO_EARLIER_VALUE"));
        }
    }

    @Nested
    class Layout {

        @Test
        void shouldShowLastYearsOutturnAndTheLastFourQuarters() {
            scorecard("2017-18-Q2", Map.of())
                    .body("period", equalTo("2017-18-Q2"))
                    .body(row("SRT-A") + "lastYearOutturn.period", equalTo("2016-17"))
                    .body(row("SRT-A") + "lastYearOutturn.number", equalTo(25))
                    .body(row("SRT-A") + "quarters.period", contains("2016-17-Q3", "2016-17-Q4", "2017-18-Q1", "2017-18-Q2"))
                    .body(row("SRT-A") + "quarters.display", contains("", "", "24%", "20%"))
                    .body(row("SRT-A") + "current.number", equalTo(20))
                    .body(row("SRT-A") + "key", equalTo(true));
        }

        @Test
        void shouldShowAYearsQuartersOnAYearScorecard() {
            scorecard("2016-17", Map.of())
                    .body(row("SRT-A") + "quarters.period", contains("2016-17-Q1", "2016-17-Q2", "2016-17-Q3", "2016-17-Q4"))
                    .body(row("SRT-A") + "current.number", equalTo(25))
                    .body(row("SRT-A") + "rag.reason", equalTo("NO_TARGET"));
        }

        @Test
        void shouldFilterRowsAndCounts() {
            scorecard("2017-18-Q2", Map.of("polarity", "LOWER_IS_BETTER"))
                    .body("indicators.ref", containsInAnyOrder("SRT-A", "SRT-E"))
                    .body("summary.rag.total", equalTo(2));
            scorecard("2017-18-Q2", Map.of("service", "Safeguarding", "key", "true"))
                    .body("indicators.ref", contains("SRT-A"))
                    .body("summary.rag.green", equalTo(1));
        }

        @Test
        void shouldAnswerAnEmptyScorecardWhenNothingMatches() {
            given().queryParam("directorate", "Nobody").when().get("/api/v1/scorecards/2017-18-Q2")
                    .then().statusCode(200)
                    .body("indicators", hasSize(0))
                    .body("summary.rag.total", equalTo(0));
        }
    }

    @Nested
    class History {

        @Test
        void shouldListEveryFigureOldestFirstWithItsStatus() {
            given().when().get("/api/v1/indicators/SRT-A/history")
                    .then().statusCode(200)
                    .body("ref", equalTo("SRT-A"))
                    .body("entries.period", contains("2016-17", "2017-18-Q1", "2017-18-Q2"))
                    .body("entries[0].rag.reason", equalTo("NO_TARGET"))
                    .body("entries[1].rag.rating", equalTo("RED"))
                    .body("entries[1].rag.explanation",
                            equalTo("24% is 20% above the target of at most 20%: red, beyond 15% tolerance"))
                    .body("entries[2].rag.rating", equalTo("GREEN"))
                    .body("entries[2].direction.comparedWith", equalTo("2017-18-Q1"))
                    .body("entries[1].direction.comparedWith", equalTo("2016-17-Q4"))
                    .body("entries[1].direction.reason", equalTo("NO_EARLIER_VALUE"));
        }

        @Test
        void shouldCompareHistoryOnTheBasisAskedFor() {
            given().queryParam("basis", "LAST_YEAR_OUTTURN").when().get("/api/v1/indicators/SRT-A/history")
                    .then().statusCode(200)
                    .body("basis", equalTo("LAST_YEAR_OUTTURN"))
                    .body("entries[1].direction.comparedWith", equalTo("2016-17"))
                    .body("entries[1].direction.performance", equalTo("BETTER"));
        }

        @Test
        void shouldAnswerNotFoundForAnUnknownRef() {
            given().when().get("/api/v1/indicators/SRT-NONE/history")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:councilkpi:problem:not-found"))
                    .body("instance", equalTo("/api/v1/indicators/SRT-NONE/history"));
        }
    }

    @Nested
    class BadRequests {

        @Test
        void shouldRejectAMalformedPeriod() {
            for (String period : new String[] {"2017-19", "2017-18-Q5", "17-18", "Q2", "2017"}) {
                given().when().get("/api/v1/scorecards/" + period)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("urn:councilkpi:problem:validation"))
                        .body("errors[0].field", equalTo("period"));
            }
        }

        @Test
        void shouldRejectAnUnknownBasisAndFilter() {
            given().queryParam("basis", "LAST_WEEK").queryParam("polarity", "UP")
                    .when().get("/api/v1/scorecards/2017-18-Q2")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("basis", "polarity"));
            given().queryParam("basis", "YESTERDAY").when().get("/api/v1/indicators/SRT-A/history")
                    .then().statusCode(400).body("errors.field", contains("basis"));
        }
    }

    private static void indicator(String ref, String unit, String polarity, Map<String, Object> tolerance, String service,
                                  boolean key) {
        Map<String, Object> body = new HashMap<>(Map.of("ref", ref, "title", "Scorecard test " + ref,
                "unit", unit, "polarity", polarity, "directorate", DIRECTORATE, "service", service, "key", key));
        if (tolerance != null) {
            body.put("tolerance", tolerance);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then().statusCode(201);
    }

    private static void target(String ref, String period, Map<String, Object> target) {
        Map<String, Object> body = new HashMap<>(target);
        body.put("updatedBy", "test");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/indicators/" + ref + "/targets/" + period)
                .then().statusCode(201);
    }

    private static void value(String ref, String period, Number number) {
        given().contentType(ContentType.JSON).body(Map.of("number", number, "enteredBy", "test"))
                .put("/api/v1/indicators/" + ref + "/values/" + period).then().statusCode(201);
    }
}
