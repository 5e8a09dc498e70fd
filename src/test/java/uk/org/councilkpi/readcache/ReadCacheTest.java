package uk.org.councilkpi.readcache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putValue;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Scorecards and histories are kept as sent until their data changes: a repeated read costs no SQL, carries the same
 * ETag and answers 304 to If-None-Match; any committed change (through the API or straight into the database) is
 * seen by the next read.
 */
@QuarkusTest
class ReadCacheTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AgroalDataSource db;

    private String directorate(String ref) {
        return "Cache " + ref;
    }

    private String createInOwnDirectorate(String prefix) {
        String ref = uniqueRef(prefix);
        createIndicator(indicatorJson(ref).with("directorate", directorate(ref)));
        return ref;
    }

    @Inject
    DataChanges changes;

    /** The data generation, once this instance listens and has heard every change committed so far. */
    private long generation() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        OptionalLong generation = changes.live();
        while (generation.isEmpty() && Instant.now().isBefore(deadline)) {
            generation = changes.live();
        }
        return generation.orElseThrow(() -> new AssertionError("not listening for data changes after 10 seconds"));
    }

    /**
     * A write moves the data generation on twice: at once when it answers ({@link WritesChangeData}), and again when
     * the database's notification of it is heard; an answer kept in between is then recomputed once. Waits (at most
     * 10 s) until the notification of a write made after {@code before} has been heard and nothing more is arriving,
     * before counting statements.
     */
    private void awaitNotification(long before) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        long last = generation();
        while (Instant.now().isBefore(deadline)) {
            long now = generation();
            if (now >= before + 2 && now == last) {
                return;
            }
            last = now;
        }
        fail("the notification of the write was not heard within 10 seconds: generation " + last + ", " + before
                + " before the write");
    }

    private Response scorecard(String ref) {
        return given().queryParam("directorate", directorate(ref)).when().get("/api/v1/scorecards/2017-18-Q2");
    }

    @Test
    void shouldServeARepeatedScorecardWithoutSqlAndTheSameETag() {
        String ref = createInOwnDirectorate("RC");
        long before = generation();
        putValue(ref, "2017-18-Q2", 12);
        awaitNotification(before);
        Response first = scorecard(ref);
        first.then().statusCode(200).header("ETag", not(emptyString()))
                .body("indicators", hasSize(1)).body("indicators[0].current.number", equalTo(12));

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Response second = scorecard(ref);
        second.then().statusCode(200);
        assertEquals(0, statistics.getPrepareStatementCount(), "a kept scorecard costs no SQL");
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.asString(), second.asString());
    }

    @Test
    void shouldAnswerNotModifiedToTheCurrentETagOnly() {
        String ref = createInOwnDirectorate("RC");
        putValue(ref, "2017-18-Q2", 12);
        String etag = scorecard(ref).then().statusCode(200).extract().header("ETag");

        given().queryParam("directorate", directorate(ref)).header("If-None-Match", etag)
                .when().get("/api/v1/scorecards/2017-18-Q2")
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().queryParam("directorate", directorate(ref)).header("If-None-Match", "\"other\", " + etag)
                .when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(304);
        given().queryParam("directorate", directorate(ref)).header("If-None-Match", "\"other\"")
                .when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(200);

        putValue(ref, "2017-18-Q2", 13);
        given().queryParam("directorate", directorate(ref)).header("If-None-Match", etag)
                .when().get("/api/v1/scorecards/2017-18-Q2")
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("indicators[0].current.number", equalTo(13));
    }

    @Test
    void shouldSeeAWriteThroughTheApiAtOnce() {
        String ref = createInOwnDirectorate("RC");
        putValue(ref, "2017-18-Q2", 12);
        scorecard(ref).then().body("indicators[0].current.number", equalTo(12));
        given().when().get(path(ref, "history")).then().statusCode(200).body("entries", hasSize(1));

        putValue(ref, "2017-18-Q2", 14);
        putValue(ref, "2017-18-Q1", 10);
        scorecard(ref).then().body("indicators[0].current.number", equalTo(14));
        given().when().get(path(ref, "history")).then().statusCode(200).body("entries", hasSize(2));
    }

    @Test
    void shouldSeeAChangeMadeStraightInTheDatabase() throws Exception {
        String ref = createInOwnDirectorate("RC");
        putValue(ref, "2017-18-Q2", 12);
        String etag = scorecard(ref).then().body("indicators[0].current.number", equalTo(12)).extract().header("ETag");

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // the service's own connections must name the author of a write (V7); a fix in psql names its own
            s.execute("select set_config('councilkpi.actor', 'a fix in psql', false)");
            s.executeUpdate("update indicator_value set number = 99 where period = '2017-18-Q2'"
                    + " and indicator_id = (select id from indicator where ref = '" + ref + "')");
        }
        // another instance, or psql: the database's notification reaches the listener within moments
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Response now;
        do {
            now = scorecard(ref);
        } while (now.header("ETag").equals(etag) && Instant.now().isBefore(deadline));
        assertNotEquals(etag, now.header("ETag"), "the change was not seen within 10 seconds");
        now.then().body("indicators[0].current.number", equalTo(99));
    }

    @Inject
    ReadCache cache;

    /** Keys count as well as answers: a client choosing 4 KB filter values must not get past the budget. */
    @Test
    void keptAnswersAreWeighedWithTheirKeys() {
        long before = cache.weighedBytes();
        int reads = 40;
        for (int i = 0; i < reads; i++) {
            String directorate = String.format("%04d", i) + "d".repeat(4_096);
            given().queryParam("directorate", directorate).when().get("/api/v1/scorecards/2017-18-Q2")
                    .then().statusCode(200);
        }
        long grown = cache.weighedBytes() - before;
        // Each key holds a 4,100-character filter value (8 KB at two bytes a character); each answer is small.
        assertTrue(grown >= reads * 8_200L, "the cache grew by " + grown + " bytes for " + reads + " keys of 8 KB");
    }
}
