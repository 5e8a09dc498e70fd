package uk.org.councilkpi.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.readcache.ReadCache;

/** A scorecard costs the same number of SQL statements for one indicator as for a whole council. */
@QuarkusTest
class ScorecardQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ReadCache cache;

    private long statementsFor(Map<String, String> query, int rows) {
        cache.clear(); // count what computing a scorecard costs, not a kept answer
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParams(query).when().get("/api/v1/scorecards/2017-18-Q2")
                .then().statusCode(200).body("indicators", hasSize(rows));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void shouldNotIssueAQueryPerIndicator() {
        long few = statementsFor(Map.of("directorate", "Cheshire East Children and Families", "service", "Adoption"), 7);
        long council = statementsFor(Map.of("directorate", "Cheshire East Children and Families"), 73);
        assertTrue(few > 0, "the statistics must see the scorecard's statements");
        assertEquals(few, council, "statements for 7 indicators and for 73");
        assertTrue(council <= 6, "indicators, values, targets, overrides, comparators, published periods: at most 6"
                + " statements, saw " + council);
        cache.clear();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get("/api/v1/indicators/1.5/history").then().statusCode(200);
        long history = statistics.getPrepareStatementCount();
        assertTrue(history <= 5, "an indicator's history takes at most 5 statements, saw " + history);
    }
}
