package uk.org.councilkpi.scorecard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.indicator.IndicatorFilterTest;
import uk.org.councilkpi.readcache.ReadCache;

/**
 * Two scorecard requests that differ only in one filter criterion never share a kept answer, for every criterion of
 * {@link IndicatorFilter} (found by reflection: one added later is covered too). For each of its values: the answer
 * built with nothing kept, and the answer given right after the unfiltered scorecard was kept, are the same; and at
 * least one value gives another answer than the unfiltered one, so that a criterion left out of the cache's key would
 * be served the unfiltered answer and fail here.
 */
@QuarkusTest
class ScorecardCacheKeyTest {

    private static final String SCORECARD = "/api/v1/scorecards/2017-18-Q2";

    @Inject
    ReadCache cache;

    static Stream<RecordComponent> criteria() {
        return IndicatorFilterTest.components();
    }

    private static String etag(RequestSpecification request) {
        return request.when().get(SCORECARD).then().statusCode(200).extract().header("ETag");
    }

    @ParameterizedTest
    @MethodSource("criteria")
    void shouldNeverServeTheUnfilteredAnswerToARequestDifferingInOneCriterion(RecordComponent criterion) {
        String parameter = IndicatorFilterTest.parameter(criterion);
        boolean told = false;
        for (String value : IndicatorFilterTest.values(criterion)) {
            cache.clear();
            String cold = etag(given().queryParam(parameter, value));
            cache.clear();
            String unfiltered = etag(given());
            String warm = etag(given().queryParam(parameter, value));
            assertEquals(cold, warm, parameter + "=" + value + " was served another request's kept answer");
            told |= !cold.equals(unfiltered);
        }
        assertTrue(told, "no value of " + parameter + " changes the scorecard: this test could not tell a criterion"
                + " missing from the cache's key");
    }
}
