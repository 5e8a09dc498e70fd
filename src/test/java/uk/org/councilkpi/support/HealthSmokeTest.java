package uk.org.councilkpi.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static org.hamcrest.Matchers.anyOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The application starts against the test database, and the readiness check reports the datasource as UP; metrics are
 * on the management interface, bounded whatever methods and paths clients invent.
 */
@QuarkusTest
class HealthSmokeTest {

    @Test
    void readinessReportsTheDatasourceUp() {
        given()
                .when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.data.'<default>'",
                        equalTo("UP"));
    }

    /** The running server, which knows the management interface's port (any free one in tests). */
    @Inject
    HttpServer server;

    private String metrics() {
        return "http://localhost:" + server.getManagementPort() + "/q/metrics";
    }

    @Test
    void metricsArePublishedForPrometheusOnTheManagementInterfaceOnly() {
        given().when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(200);
        given()
                .when().get(metrics())
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/scorecards/{period}\""));
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void inventedMethodsAndRoutesDoNotGrowTheMetrics() {
        given().when().request("WARMUP", "/api/v1/indicators/1.5/values").then().statusCode(405);
        given().when().get("/api/v1/no-such-route-0").then().statusCode(404);
        int before = lines();
        for (int i = 0; i < 100; i++) {
            given().when().request("INVENTED" + i, "/api/v1/indicators/1.5/values").then().statusCode(405);
            given().when().request("ODD" + i, "/api/v1/unknown-" + i).then().statusCode(anyOf(equalTo(404), equalTo(405)));
            given().when().get("/api/v1/no-such-route-" + i).then().statusCode(404);
        }
        int after = lines();
        assertTrue(after - before < 20, "metrics grew from " + before + " to " + after + " lines");
    }

    private int lines() {
        return given().when().get(metrics()).then().statusCode(200).extract().asString().split("\n").length;
    }
}
