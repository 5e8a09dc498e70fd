package uk.org.councilkpi.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The demo data set is loaded at start from the two councils' reports, and the scorecards it gives follow
 * the rules. Where the council printed something the rules cannot give, the test says so.
 */
@QuarkusTest
class DemoDataTest {

    private static ValidatableResponse scorecard(String period, String directorate) {
        return given().queryParam("directorate", directorate).when().get("/api/v1/scorecards/" + period)
                .then().statusCode(200);
    }

    private static String row(String ref) {
        return "indicators.find { it.ref == '" + ref + "' }.";
    }

    @Nested
    class CheshireEastQ2 {

        private ValidatableResponse scorecard() {
            return DemoDataTest.scorecard("2017-18-Q2", CheshireEastDemo.DIRECTORATE);
        }

        @Test
        void shouldHoldAllSeventyThreeMeasures() {
            scorecard().body("indicators", hasSize(73)).body("summary.rag.total", equalTo(73));
        }

        /**
         * The council published Red 6, Amber 7, Green 30, n/a 30. With a 15% amber band the rules give the same
         * reds and ambers; 17 of its greens are measures printed with no target, which the rules cannot rate
         * (NO_TARGET), so they count as not rated here: Green 13, not rated 47.
         */
        @Test
        void shouldMatchThePublishedRedAndAmberCountsAndShowWhyGreenDiffers() {
            scorecard()
                    .body("summary.rag.red", equalTo(6))
                    .body("summary.rag.amber", equalTo(7))
                    .body("summary.rag.green", equalTo(13))
                    .body("summary.rag.notRated", equalTo(47))
                    .body("indicators.findAll { it.rag.reason == 'NO_TARGET' }", hasSize(45))
                    .body("indicators.findAll { it.rag.reason == 'NO_VALUE' }.ref", contains("2.3", "2.4"));
        }

        @Test
        void shouldRateTheReportsCases() {
            scorecard()
                    .body(row("1.5") + "rag.explanation", equalTo("20% against a target of at most 20%: met"))
                    .body(row("1.11") + "rag.explanation",
                            equalTo("333 is 11% above the range 260-300: amber within 15% tolerance"))
                    .body(row("1.13") + "rag.rating", equalTo("GREEN"))
                    .body(row("2.10") + "rag.rating", equalTo("RED"))
                    .body(row("4.5") + "rag.rating", equalTo("GREEN"))
                    .body(row("4.5") + "direction.performance", equalTo("WORSE"))
                    .body(row("7.6") + "rag.rating", equalTo("GREEN"))
                    .body(row("7.6") + "current.note", equalTo("97%-99%"))
                    .body(row("10.4") + "rag.reason", equalTo("NO_TARGET"));
        }

        @Test
        void shouldKeepPrintedFiguresCommentaryAndComparators() {
            scorecard()
                    .body(row("1.5") + "polarity", equalTo("LOWER_IS_BETTER"))
                    .body(row("1.5") + "lastYearOutturn.number", equalTo(25))
                    .body(row("1.5") + "quarters.display", contains("", "30%", "24%", "20%"))
                    .body(row("1.5") + "comparators.statNeighbourAverage", equalTo(22.1f))
                    .body(row("1.5") + "comparators.nationalAverage", equalTo(21.9f))
                    .body(row("1.5") + "commentary", containsString("positive reduction in repeat referrals"))
                    .body(row("1.14") + "comparators.statNeighbourNote", equalTo("supressed"))
                    .body(row("1.1") + "lastYearOutturn.number", equalTo(10681))
                    .body(row("1.1") + "lastYearOutturn.display", equalTo("10,681"));
        }

        @Test
        void shouldRecordSuppressedAndNotYetAvailableCellsAsSuch() {
            scorecard()
                    .body(row("1.6") + "quarters[1].state", equalTo("SUPPRESSED"))
                    .body(row("1.6") + "quarters[1].number", nullValue())
                    .body(row("1.6") + "direction.reason", equalTo("NO_EARLIER_VALUE"))
                    .body(row("2.3") + "current.state", equalTo("NOT_YET_AVAILABLE"))
                    .body(row("6.5") + "current.state", equalTo("NOT_YET_AVAILABLE"));
        }

        @Test
        void shouldProfileTheYearEndTargetOfTenPointFourOnQuarterFour() {
            given().when().get("/api/v1/indicators/10.4/targets/2017-18-Q4")
                    .then().statusCode(200)
                    .body("form", equalTo("EXACT"))
                    .body("value", equalTo(0))
                    .body("text", equalTo("0 by end of March 2018"));
        }
    }

    @Nested
    class HaltonQ1AndQ2 {

        @Test
        void shouldCompareWithLastYearsOutturnAsHaltonsTablesDo() {
            DemoDataTest.scorecard("2015-16-Q1", HaltonDemo.DIRECTORATE)
                    .body(row("CED001") + "rag.rating", equalTo("GREEN"))
                    .body(row("CED001") + "direction.comparedWith", equalTo("2014-15"))
                    .body(row("CED001") + "direction.performance", equalTo("BETTER"))
                    .body(row("CED025") + "rag.rating", equalTo("GREEN"))
                    .body(row("CED025") + "direction.movement", equalTo("UNCHANGED"))
                    .body(row("CED025") + "direction.performance", equalTo("SAME"))
                    .body(row("CED049") + "rag.rating", equalTo("GREEN"));
        }

        @Test
        void shouldRateCed049AmberInQ2() {
            DemoDataTest.scorecard("2015-16-Q2", HaltonDemo.DIRECTORATE)
                    .body(row("CED049") + "rag.rating", equalTo("AMBER"))
                    .body(row("CED049") + "rag.explanation",
                            equalTo("89% is 1% below the target of at least 90%: amber within 25% tolerance"))
                    .body(row("CED049") + "direction.explanation",
                            equalTo("89% against 83% in 2014-15: up 6 points, better"));
        }

        /** Halton's printed Q1 symbols are officers' judgements, kept as overrides beside the computed rating. */
        @Test
        void shouldShowTheOfficersPrintedRatingBesideTheComputedOne() {
            DemoDataTest.scorecard("2015-16-Q1", HaltonDemo.DIRECTORATE)
                    .body(row("CED042") + "rag.rating", equalTo("RED"))
                    .body(row("CED042") + "override.rating", equalTo("GREEN"))
                    .body(row("CED042") + "override.reason", containsString("annual target is on course"))
                    .body(row("CED005") + "rag.rating", equalTo("AMBER"))
                    .body(row("CED005") + "override.rating", equalTo("AMBER"))
                    .body("summary.ragWithOverrides.red", equalTo(0));
        }
    }
}
