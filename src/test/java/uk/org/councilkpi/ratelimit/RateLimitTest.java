package uk.org.councilkpi.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * The per-caller rate limit, with a small limit (a burst of 3, then one a second) and a clock the test moves on: the
 * application restarts for this profile (the global PostgresTestResource comes with it).
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimit.class)
class RateLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("councilkpi.security.anonymous-read", "true",
                    "councilkpi.rate-limit.requests-per-minute", "60",
                    "councilkpi.rate-limit.burst", "3",
                    "councilkpi.rate-limit.failed-authentications-per-minute", "60",
                    "councilkpi.rate-limit.failed-authentication-burst", "5",
                    "councilkpi.demo.enabled", "false"); // not needed here, and a quicker start
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ManualRateLimitClock.class);
        }
    }

    private static final String PATH = "/api/v1/indicators";

    @Inject
    ManualRateLimitClock clock;

    @Inject
    RateLimiter limiter;

    /** Two real keys (the limit comes before authentication, but a made-up key would then be refused: 401). */
    private static String keyA;
    private static String keyB;

    @BeforeEach
    void fullBuckets() {
        if (keyA == null) {
            keyA = Keys.issue("rate limit test A", Role.VIEWER);
            keyB = Keys.issue("rate limit test B", Role.VIEWER);
        }
        limiter.reset();
    }

    private static RequestSpecification as(String key) {
        return key == null ? Keys.anonymous() : Keys.as(key);
    }

    private static void useUp(String key) {
        for (int remaining = 2; remaining >= 0; remaining--) {
            as(key).queryParam("size", 1).when().get(PATH).then().statusCode(200)
                    .header(RateLimitFilter.LIMIT, "3")
                    .header(RateLimitFilter.REMAINING, String.valueOf(remaining));
        }
    }

    @Test
    void overTheLimitIsAnswered429WithAProblemAndRetryAfter() {
        useUp(keyA);
        as(keyA).when().get(PATH + "/1.5")
                .then()
                .statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "1")
                .header(RateLimitFilter.REMAINING, "0")
                .body("type", equalTo("urn:councilkpi:problem:rate-limited"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("60 requests a minute"))
                .body("instance", equalTo(PATH + "/1.5"));
    }

    @Test
    void aRejectedRequestDoesNoWork() {
        useUp(keyA);
        // Not even the body is read: an invalid one is not reported.
        as(keyA).contentType("application/json").body("{not json").when().post(PATH)
                .then().statusCode(429);
        as(keyA).when().get("/api/v1/no-such-thing").then().statusCode(429);
    }

    @Test
    void otherCallersAreNotAffected() {
        useUp(keyA);
        as(keyA).when().get(PATH).then().statusCode(429);
        as(keyB).when().get(PATH).then().statusCode(200).header(RateLimitFilter.REMAINING, "2");
        as(null).when().get(PATH).then().statusCode(200).header(RateLimitFilter.REMAINING, "2");
        // The key is the caller, whatever the case of the scheme.
        given().header("Authorization", "bearer " + keyA).when().get(PATH).then().statusCode(429);
    }

    @Test
    void anAnonymousCallerIsLimitedByItsAddressAlone() {
        useUp(null);
        as(null).when().get(PATH).then().statusCode(429);
        Keys.anonymous().header("Authorization", "Bearer ").when().get(PATH).then().statusCode(429);
        as(keyA).when().get(PATH).then().statusCode(200);
    }

    @Test
    void allowedAgainOnceTheBucketRefills() {
        useUp(keyA);
        as(keyA).when().get(PATH).then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofMillis(999));
        as(keyA).when().get(PATH).then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofMillis(1));
        as(keyA).when().get(PATH).then().statusCode(200).header(RateLimitFilter.REMAINING, "0");
        as(keyA).when().get(PATH).then().statusCode(429);
        clock.advance(Duration.ofMinutes(5)); // refilled to the burst, not beyond
        useUp(keyA);
        as(keyA).when().get(PATH).then().statusCode(429);
    }

    @Test
    void healthMetricsAndTheContractAreNotLimited() {
        useUp(null);
        as(null).when().get(PATH).then().statusCode(429);
        for (int i = 0; i < 5; i++) {
            given().when().get("/q/health/ready").then().statusCode(200);
            given().when().get("/q/health/live").then().statusCode(200);
        }
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aDashboardCanReadTheRetryAfterOfA429() {
        useUp(keyA);
        as(keyA).header("Origin", "https://dashboard.example.gov.uk").when().get(PATH)
                .then()
                .statusCode(429)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.gov.uk")
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void inventedKeysFromOneAddressAreRefusedBeforeTheirLookup() {
        for (int i = 0; i < 5; i++) {
            as("ckpi_invented-" + i).when().get(PATH).then().statusCode(401);
        }
        // Refused before any key is looked up, whatever it is, even a valid one from the same address.
        as("ckpi_invented-6").when().get(PATH)
                .then()
                .statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "1")
                .body("type", equalTo("urn:councilkpi:problem:rate-limited"))
                .body("detail", containsString("failed authentications"));
        as(keyA).when().get(PATH).then().statusCode(429);
        // Anonymous reads do not carry a key: they are not affected.
        as(null).when().get(PATH).then().statusCode(200);
        clock.advance(Duration.ofSeconds(1));
        as(keyA).when().get(PATH).then().statusCode(200);
    }

    @Test
    void aKeyThatAuthenticatedLatelyIsNotLockedOutByAnotherCallerAtItsAddress() {
        as(keyB).when().get(PATH).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            as("ckpi_invented-" + i).when().get(PATH).then().statusCode(401);
        }
        as("ckpi_invented-6").when().get(PATH).then().statusCode(429);
        as(keyA).when().get(PATH).then().statusCode(429); // not seen lately: refused before its lookup
        as(keyB).when().get(PATH).then().statusCode(200); // authenticated a moment ago, behind the same address

        clock.advance(RateLimiter.PROVEN_FOR.plusSeconds(1)); // long enough for both to be forgotten
        for (int i = 0; i < 5; i++) {
            as("ckpi_invented-" + i).when().get(PATH).then().statusCode(401);
        }
        as(keyB).when().get(PATH).then().statusCode(429);
    }

    @Test
    void goodKeysDoNotCountAsFailures() {
        for (int i = 0; i < 3; i++) {
            as(keyA).when().get(PATH).then().statusCode(200);
            as(keyB).when().get(PATH).then().statusCode(200);
        }
        as("ckpi_invented").when().get(PATH).then().statusCode(401);
    }
}
