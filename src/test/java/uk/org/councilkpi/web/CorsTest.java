package uk.org.councilkpi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browser dashboards at the configured origins (the test profile names one) may call the API; others may not. */
@QuarkusTest
class CorsTest {

    private static final String DASHBOARD = "https://dashboard.example.gov.uk";

    @Test
    void preflightFromTheConfiguredOriginIsAllowed() {
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/indicators/1.5")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Methods", containsString("DELETE"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Max-Age", equalTo("3600"));
    }

    @Test
    void aRequestFromTheConfiguredOriginCanReadTheAnswerAndItsHeaders() {
        given().header("Origin", DASHBOARD)
                .when().get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-RateLimit-Remaining"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example.com")
                .when().get("/api/v1/indicators")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:councilkpi:problem:origin-not-allowed"))
                .body("detail", containsString("https://elsewhere.example.com"))
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example.com")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/indicators/1.5")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRequestWithoutOriginIsUnaffected() {
        given().when().get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
