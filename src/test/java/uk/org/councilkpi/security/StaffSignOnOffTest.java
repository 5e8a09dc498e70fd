package uk.org.councilkpi.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.support.Keys;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Staff single sign-on is off by default (the test profile sets no issuer and leaves it off): the service starts, and a
 * well-formed, signed token is looked up as an API key like any other bearer token, which it is not.
 */
@QuarkusTest
class StaffSignOnOffTest {

    @Inject
    StaffSignOn signOn;

    @Test
    void shouldBeOffByDefault() {
        assertFalse(signOn.enabled());
    }

    @Test
    void shouldTakeATokenForAnUnknownApiKey() {
        Keys.as(StaffSignOnTest.token("erin", "admin")).when().get("/api/v1/indicators").then()
                .statusCode(401)
                .body("type", equalTo("urn:councilkpi:problem:unauthenticated"))
                .body("detail", containsString("not known"));
    }
}
