package uk.org.councilkpi.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.nullValue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.support.Keys;

/**
 * Staff single sign-on against a mock OpenID Connect issuer (OidcWiremockTestResource: WireMock serving discovery and
 * the public key, whose private key signs the tokens here). The application restarts for this profile, with the
 * global PostgresTestResource as ever. Tokens carry their roles in the default claim, {@code roles}; the identity
 * provider's group {@code performance-team} is mapped onto editor, {@code /council/it-admins} onto admin. API keys (the
 * test administrator's, sent by default, and issued ones) work as before beside the tokens.
 */
@QuarkusTest
@TestProfile(StaffSignOnTest.WithIssuer.class)
class StaffSignOnTest {

    /** The issuer that the mock's discovery document names, which tokens must carry. */
    static final String ISSUER = "https://server.example.com";
    /** A quarter that no test publishes: its figures stay drafts. */
    static final String PERIOD = "2031-32-Q2";

    public static class WithIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("councilkpi.security.oidc.enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "councilkpi.security.oidc.role-map.performance-team", "editor",
                    "councilkpi.security.oidc.role-map.\"/council/it-admins\"", "admin",
                    "councilkpi.demo.enabled", "false"); // not needed here, and a quicker start
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    private static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.preferredUserName(user).subject(user + "-id").claim("roles", List.of(roles)).issuer(ISSUER)
                .expiresIn(300);
    }

    /** A token signed by the mock issuer's key. */
    static String token(String user, String... roles) {
        return claims(user, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    private static ValidatableResponse putFigure(String token, String ref, Object number) {
        return Keys.as(token).contentType(ContentType.JSON)
                .body(json().with("number", number).with("enteredBy", "performance.team").toString())
                .when().put(path(ref, "values", PERIOD)).then();
    }

    @Test
    void shouldLetAnEditorTokenWriteAFigureAndReadTheDraft() {
        String directorate = uniqueRef("Sign-on directorate");
        String ref = createIndicator(indicatorJson(uniqueRef("SSO")).with("directorate", directorate)); // admin API key
        String editor = token("erin", "editor");
        putFigure(editor, ref, 42).statusCode(201);
        Keys.as(editor).when().get(path(ref, "values", PERIOD)).then()
                .statusCode(200).body("number", equalTo(42));
        // the period is not published: the scorecard shows the draft to an editor, and not to a viewer
        Keys.as(editor).queryParam("directorate", directorate).when().get("/api/v1/scorecards/" + PERIOD).then()
                .statusCode(200).body("published", equalTo(false)).body("indicators[0].current.number", equalTo(42));
        Keys.as(token("vic", "viewer")).queryParam("directorate", directorate)
                .when().get("/api/v1/scorecards/" + PERIOD).then()
                .statusCode(200).body("indicators[0].ref", equalTo(ref))
                .body("indicators[0].current.number", nullValue());
    }

    @Test
    void shouldRecordTheSignedInOfficerInTheHistory() {
        String ref = createIndicator("SSO");
        putFigure(token("erin", "editor"), ref, 1).statusCode(201);
        putFigure(token("erin", "editor"), ref, 2).statusCode(200);
        Keys.as(token("erin", "editor")).when().get(path(ref, "values", PERIOD, "revisions")).then().statusCode(200)
                .body("number", contains(1)).body("endedBy", contains("erin for performance.team"));
    }

    @Test
    void shouldGiveAnAdminTokenTheRolesAnAdminIncludes() {
        String ref = createIndicator("SSO");
        putFigure(token("ada", "admin"), ref, 7).statusCode(201);
        Keys.as(token("ada", "admin")).when().get(path(ref, "values")).then().statusCode(200);
    }

    @Test
    void shouldMapTheIdentityProvidersGroupsOntoRoles() {
        String ref = createIndicator("SSO");
        putFigure(token("pat", "performance-team"), ref, 3).statusCode(201);
        // an administrator by group; the key it issues records the token's preferred_username as its creator
        Keys.as(token("alice", "/council/it-admins")).contentType(ContentType.JSON)
                .body("{\"client\": \"issued by sign-on\", \"role\": \"viewer\"}")
                .when().post("/api/v1/keys").then()
                .statusCode(201).body("createdBy", equalTo("alice"));
    }

    @Test
    void shouldRefuseAViewerTokenAWriteNamingTheRole() {
        String ref = createIndicator("SSO");
        putFigure(token("vic", "viewer"), ref, 1).statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:councilkpi:problem:forbidden"))
                .body("detail", containsString("'editor'"));
        // a viewer reads published data
        Keys.as(token("vic", "viewer")).when().get("/api/v1/indicators").then().statusCode(200);
    }

    @Test
    void shouldGiveATokenWithoutAKnownRoleNoRole() {
        Keys.as(token("nobody", "finance", "viewers")).when().get("/api/v1/indicators").then()
                .statusCode(403).body("detail", containsString("'viewer'"));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        long now = Instant.now().getEpochSecond();
        String expired = claims("erin", "editor").issuedAt(now - 3600).expiresAt(now - 1800)
                .jws().keyId("1").sign("privateKey.jwk");
        Keys.as(expired).when().get("/api/v1/indicators").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:councilkpi:problem:unauthenticated"))
                .body("detail", containsString("token was not accepted"))
                .body("detail", not(containsString(expired)))
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = claims("mallory", "admin").jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        Keys.as(forged).when().get("/api/v1/indicators").then()
                .statusCode(401).body("type", equalTo("urn:councilkpi:problem:unauthenticated"))
                .body("detail", containsString("token was not accepted"));
        Keys.as("aaaa.bbbb.cccc").when().get("/api/v1/indicators").then().statusCode(401);
    }

    @Test
    void shouldStillTakeApiKeys() {
        String viewerKey = Keys.issue("sign-on test viewer", Role.VIEWER); // as the test administrator's key
        Keys.as(viewerKey).when().get("/api/v1/indicators").then().statusCode(200);
        String ref = createIndicator("SSO");
        putFigure(viewerKey, ref, 1).statusCode(403);
        // an unknown key is refused by the API key mechanism (its own words), not handed to OpenID Connect
        Keys.as("ckpi_not-a-key-anybody-was-given-0000000000000").when().get("/api/v1/indicators").then()
                .statusCode(401).body("detail", containsString("not known"));
        Keys.anonymous().when().get("/api/v1/indicators").then().statusCode(401)
                .body("detail", not(containsString("not known")));
    }
}
