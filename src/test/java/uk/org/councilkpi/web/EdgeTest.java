package uk.org.councilkpi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.INDICATORS;
import static uk.org.councilkpi.support.ApiFixtures.MALFORMED_BODY;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.countAllRows;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;
import uk.org.councilkpi.support.RawHttp;

/**
 * Issue 10's edges, through the real HTTP stack and database: what no client may get past (control characters,
 * duplicate keys and headers, odd media types, huge dates, URIs and headers), refusals that are all problems, method
 * semantics, and the headers every answer carries.
 */
@QuarkusTest
class EdgeTest {

    private static final String ADMIN = "Authorization: Bearer " + Keys.TEST_ADMIN_KEY;
    private static final String JSON = "Content-Type: application/json";

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    private static JsonPath problem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.toString());
        JsonPath body = JsonPath.from(answer.body());
        assertEquals(status, body.getInt("status"));
        assertTrue(body.getString("type").startsWith("urn:councilkpi:problem:"), answer.body());
        assertFalse(body.getString("detail").isBlank());
        return body;
    }

    @Nested
    class OneAuthorizationHeader {

        @Test
        void twoAuthorizationHeadersAreA400NamingTheHeader() {
            String viewer = Keys.issue("edge two headers", Role.VIEWER);
            JsonPath body = problem(RawHttp.send(base, "GET " + INDICATORS + " HTTP/1.1", null,
                    "Authorization: Bearer " + viewer, "Authorization: Bearer ckpi_invented"), 400);
            assertEquals("Authorization", body.getString("errors[0].field"));
            problem(RawHttp.send(base, "GET " + INDICATORS + " HTTP/1.1", null, ADMIN, ADMIN), 400);
        }

        @Test
        void oneIsReadAsBefore() {
            assertEquals(200, RawHttp.send(base, "GET " + INDICATORS + "?size=1 HTTP/1.1", null, ADMIN).status());
        }
    }

    @Nested
    class ControlCharacters {

        @ParameterizedTest
        @ValueSource(strings = {"service", "directorate", "planPriority", "corporatePriority"})
        void aNulInAQueryParameterIsA400NamingIt(String parameter) {
            assertInvalid(given().urlEncodingEnabled(false).when().get(INDICATORS + "?" + parameter + "=a%00b").then(),
                    INDICATORS, parameter);
            assertInvalid(given().urlEncodingEnabled(false)
                    .when().get("/api/v1/scorecards/2017-18-Q2?" + parameter + "=%01").then(),
                    "/api/v1/scorecards/2017-18-Q2", parameter);
        }

        @Test
        void controlCharactersInOtherQueryParametersAreRefusedToo() {
            assertInvalid(given().urlEncodingEnabled(false).when().get("/api/v1/imports/template?period=%00").then(),
                    "/api/v1/imports/template", "period");
            assertInvalid(given().urlEncodingEnabled(false).when().get("/api/v1/imports/template?period=2017-18-Q2%0A")
                    .then(), "/api/v1/imports/template", "period");
            assertInvalid(given().urlEncodingEnabled(false).contentType("text/csv").body("ref,period,figure\r\n")
                    .when().post("/api/v1/imports?enteredBy=x%7F").then(), "/api/v1/imports", "enteredBy");
        }

        @Test
        void aNulInAPathParameterIsA400NamingIt() {
            assertInvalid(given().urlEncodingEnabled(false).when().get(INDICATORS + "/1%005").then(),
                    INDICATORS + "/1\u00005", "ref");
            assertInvalid(given().urlEncodingEnabled(false).when().get(path("1.5", "values", "2017-18%00")).then(),
                    path("1.5", "values", "2017-18\u0000"), "period");
        }

        @Test
        void aControlCharacterInAHeaderIsA400NamingIt() {
            JsonPath body = problem(RawHttp.send(base, "GET " + INDICATORS + " HTTP/1.1", null, ADMIN,
                    "X-Client-Note: a\u0085b"), 400);
            assertEquals("X-Client-Note", body.getString("errors[0].field"));
            // C0 controls in a header are refused by the HTTP parser (Netty) before any code of ours: a bare 400.
            assertEquals(400, RawHttp.send(base, "GET " + INDICATORS + " HTTP/1.1", null, ADMIN,
                    "X-Client-Note: a\u0001b").status());
            // A tab is whitespace in a header.
            assertEquals(200, RawHttp.send(base, "GET " + INDICATORS + "?size=1 HTTP/1.1", null, ADMIN,
                    "X-Client-Note: a\tb").status());
        }

        @Test
        void aNulInJsonTextIsA400NamingTheFieldAndWritesNothing() {
            long before = countAllRows(db, "indicator");
            String ref = uniqueRef("EDGE");
            assertInvalid(given().contentType("application/json")
                    .body(indicatorJson(ref).with("title", "before\u0000after").toString())
                    .when().post(INDICATORS).then(), INDICATORS, "title");
            assertInvalid(given().contentType("application/json")
                    .body(indicatorJson(ref).with("tolerance", json().with("kind", "PERCENT").with("amount", 15))
                            .with("service", "\u001b[31m").toString())
                    .when().post(INDICATORS).then(), INDICATORS, "service");
            assertEquals(before, countAllRows(db, "indicator"));
        }

        @Test
        void tabsAndLineBreaksStayAllowedInFreeText() {
            String ref = createIndicator("EDGE");
            given().contentType("application/json")
                    .body(json().with("number", 12).with("enteredBy", "edge")
                            .with("commentary", "Line one\r\nLine two\tafter a tab").toString())
                    .when().put(path(ref, "values", "2017-18-Q2"))
                    .then().statusCode(201);
            assertInvalid(given().contentType("application/json")
                    .body(json().with("number", 12).with("enteredBy", "edge").with("commentary", "nul\u0000").toString())
                    .when().put(path(ref, "values", "2017-18-Q3")).then(), path(ref, "values", "2017-18-Q3"),
                    "commentary");
        }
    }

    @Nested
    class DotSegments {

        @Test
        void anEncodedDotDotSegmentIsA400AndDeletesNothing() {
            String ref = createIndicator("DOT");
            assertInvalid(given().urlEncodingEnabled(false).when().delete(path(ref, "comparators", "%2e%2e")).then(),
                    path(ref, "comparators", ".."), "path");
            assertInvalid(given().urlEncodingEnabled(false).when().delete(path(ref, "values", "%2E%2E")).then(),
                    path(ref, "values", ".."), "path");
            assertInvalid(given().urlEncodingEnabled(false).when().delete(path(ref, "values", ".%2e")).then(),
                    path(ref, "values", ".."), "path");
            assertInvalid(given().urlEncodingEnabled(false).when().delete(path(ref, "%2e")).then(),
                    path(ref, "."), "path");
            given().when().get(path(ref)).then().statusCode(200);
        }

        @Test
        void aWrittenDotDotSegmentIsA400AndDeletesNothing() {
            String ref = createIndicator("DOT");
            JsonPath body = problem(RawHttp.send(base, "DELETE " + path(ref, "values", "..") + " HTTP/1.1", null,
                    ADMIN), 400);
            assertEquals("path", body.getString("errors[0].field"));
            problem(RawHttp.send(base, "DELETE " + path(ref, "comparators", ".") + "/ HTTP/1.1", null, ADMIN), 400);
            given().when().get(path(ref)).then().statusCode(200);
        }

        @Test
        void aDotDotSegmentCannotReachAnotherResource() {
            assertInvalid(given().urlEncodingEnabled(false).when().get("/api/v1/scorecards/%2e%2e/indicators/1.11")
                    .then(), "/api/v1/scorecards/../indicators/1.11", "path");
        }

        @Test
        void anEmptySegmentIsA400AndDeletesNothing() {
            String ref = createIndicator("DOT");
            JsonPath body = problem(RawHttp.send(base, "DELETE /api/v1//indicators/" + ref + " HTTP/1.1", null,
                    ADMIN), 400);
            assertEquals("path", body.getString("errors[0].field"));
            given().when().get(path(ref)).then().statusCode(200);
        }

        @Test
        void dotsWithinASegmentAreText() {
            given().when().get(path("1.5")).then().statusCode(200);
        }
    }

    @Nested
    class QueryParameters {

        @Test
        void aParameterGivenTwiceIsA400NamingItWhicheverValueComesFirst() {
            String scorecard = "/api/v1/scorecards/2017-18-Q2";
            assertInvalid(given().urlEncodingEnabled(false)
                    .when().get(scorecard + "?basis=PREVIOUS_PERIOD&basis=garbage").then(), scorecard, "basis")
                    .body("errors[0].message", containsString("more than once"));
            assertInvalid(given().urlEncodingEnabled(false)
                    .when().get(scorecard + "?basis=garbage&basis=PREVIOUS_PERIOD").then(), scorecard, "basis");
            assertInvalid(given().urlEncodingEnabled(false)
                    .when().get(INDICATORS + "?directorate=A&directorate=B").then(), INDICATORS, "directorate");
            assertInvalid(given().urlEncodingEnabled(false)
                    .when().get(INDICATORS + "?size=5&directorate=A&size=5").then(), INDICATORS, "size");
        }

        @Test
        void aParameterGivenTwiceWritesNothing() {
            long before = countAllRows(db, "import_batch");
            assertInvalid(given().urlEncodingEnabled(false).contentType("text/csv").body("ref,period,figure\r\n")
                    .when().post("/api/v1/imports?dryRun=true&dryRun=false&enteredBy=edge").then(),
                    "/api/v1/imports", "dryRun");
            assertEquals(before, countAllRows(db, "import_batch"));
        }

        @Test
        void percentEncodingThatIsNotUtf8IsA400NamingTheParameter() {
            assertInvalid(given().urlEncodingEnabled(false).when().get(INDICATORS + "?directorate=%85").then(),
                    INDICATORS, "directorate");
            assertInvalid(given().urlEncodingEnabled(false).when().get(INDICATORS + "?service=%C0%AF").then(),
                    INDICATORS, "service");
            assertInvalid(given().urlEncodingEnabled(false).when().get(INDICATORS + "?service=%E2%82").then(),
                    INDICATORS, "service");
            given().urlEncodingEnabled(false).when().get(INDICATORS + "?service=%C2%A3%E2%82%AC").then()
                    .statusCode(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"%EF%BC%92", "%201", "1%20", "+2", "%2B2", "02", "%D9%A2"})
        void aLimitThatIsNotAsciiDigitsIsA400NamingIt(String limit) {
            assertInvalid(given().urlEncodingEnabled(false).when().get("/api/v1/feed?limit=" + limit).then(),
                    "/api/v1/feed", "limit");
        }

        @ParameterizedTest
        @ValueSource(strings = {"%EF%BC%92", "%2B2", "01", "%201"})
        void aKeyIdThatIsNotAsciiDigitsIsA400NamingIt(String id) {
            given().urlEncodingEnabled(false).when().get("/api/v1/keys/" + id).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:councilkpi:problem:validation"))
                    .body("errors[0].field", equalTo("id"));
            given().when().get("/api/v1/keys/1").then().statusCode(200);
        }

        @Test
        void aCursorWithDigitsOfAnotherScriptIsA400NamingIt() {
            assertInvalid(given().urlEncodingEnabled(false).when().get("/api/v1/feed?since=v1.0.%EF%BC%91.2").then(),
                    "/api/v1/feed", "since");
            given().when().get("/api/v1/feed?limit=2").then().statusCode(200);
        }
    }

    @Nested
    class BlankAccept {

        @ParameterizedTest
        @ValueSource(strings = {"Accept:", "Accept: ", "Accept:\t"})
        void aBlankAcceptIsReadAsAnyType(String accept) {
            RawHttp.Answer document = RawHttp.send(base, "GET /api/v1/reports/2017-18-Q2/document HTTP/1.1", null,
                    ADMIN, accept);
            assertEquals(200, document.status(), document.body());
            assertTrue(document.header("Content-Type").startsWith("text/html"), document.toString());
            RawHttp.Answer template = RawHttp.send(base, "GET /api/v1/imports/template?period=2017-18-Q3 HTTP/1.1",
                    null, ADMIN, accept);
            assertEquals(200, template.status(), template.body());
            assertTrue(template.header("Content-Type").startsWith("text/csv"), template.toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"*/*;q=0", "application/json;q=0", "text/html;q=0, */*;q=0.0"})
        void anAcceptThatAcceptsNothingIs406(String accept) {
            for (String path : List.of(INDICATORS, "/api/v1/reports/2017-18-Q2/document", "/api/v1/feed")) {
                given().header("Accept", accept).when().get(path).then().statusCode(406)
                        .contentType(startsWith("application/problem+json"))
                        .body("type", equalTo("urn:councilkpi:problem:not-acceptable"));
            }
        }
    }

    @Nested
    class StrictReading {

        @Test
        void aDateOutsideTheSaneRangeIsA400NamingTheField() {
            for (String expiresAt : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                    "3000-01-01T00:00:00Z", "1899-12-31T23:59:59Z")) {
                assertInvalid(given().contentType("application/json")
                        .body("{\"client\": \"edge dates\", \"role\": \"viewer\", \"expiresAt\": \"" + expiresAt + "\"}")
                        .when().post("/api/v1/keys").then(), "/api/v1/keys", "expiresAt");
            }
        }

        @Test
        void duplicateJsonKeysAreAMalformedBody() {
            String ref = uniqueRef("EDGE");
            long before = countAllRows(db, "indicator");
            assertProblem(given().contentType("application/json")
                    .body("{\"ref\": \"" + ref + "\", \"title\": \"t\", \"unit\": \"PERCENT\", \"polarity\": \"NONE\","
                            + " \"polarity\": \"LOWER_IS_BETTER\"}")
                    .when().post(INDICATORS).then(), 400, MALFORMED_BODY, INDICATORS)
                    .body("detail", containsString("polarity"));
            assertEquals(before, countAllRows(db, "indicator"));
        }

        @Test
        void aBodyWithoutContentTypeIsA415Problem() {
            String ref = createIndicator("EDGE");
            String body = json().with("number", 12).with("enteredBy", "edge").toString();
            JsonPath problem = problem(RawHttp.send(base, "PUT " + path(ref, "values", "2017-18-Q2") + " HTTP/1.1",
                    body, ADMIN, "Content-Length: " + body.length()), 415);
            assertEquals("urn:councilkpi:problem:unsupported-media-type", problem.getString("type"));
            problem(RawHttp.send(base, "POST " + INDICATORS + " HTTP/1.1", body, ADMIN,
                    "Content-Length: " + body.length()), 415);
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json; charset=utf-16", "application/json;charset=ISO-8859-1",
                "text/csv; charset=windows-1252"})
        void aCharsetOtherThanUtf8IsA415Problem(String contentType) {
            String ref = createIndicator("EDGE");
            String body = json().with("number", 12).with("enteredBy", "edge").toString();
            problem(RawHttp.send(base, "PUT " + path(ref, "values", "2017-18-Q2") + " HTTP/1.1", body, ADMIN,
                    "Content-Type: " + contentType, "Content-Length: " + body.length()), 415);
        }

        @Test
        void utf8SaidOrNotIsRead() {
            String ref = createIndicator("EDGE");
            given().contentType("application/json; charset=UTF-8")
                    .body(json().with("number", 12).with("enteredBy", "edge").toString())
                    .when().put(path(ref, "values", "2017-18-Q2")).then().statusCode(201);
        }
    }

    @Nested
    class RefusalsAreProblems {

        @Test
        void malformedPercentEncodingIsA400NamingTheParameter() {
            JsonPath body = problem(RawHttp.send(base, "GET /api/v1/scorecards/2017-18-Q2?directorate=%zz HTTP/1.1",
                    null, ADMIN), 400);
            assertEquals("directorate", body.getString("errors[0].field"));
            body = problem(RawHttp.send(base, "GET " + INDICATORS + "?size=1&service=abc% HTTP/1.1", null, ADMIN), 400);
            assertEquals("service", body.getString("errors[0].field"));
            body = problem(RawHttp.send(base, "GET " + INDICATORS + "/1.5%zz HTTP/1.1", null, ADMIN), 400);
            assertEquals("path", body.getString("errors[0].field"));
        }

        @Test
        void unknownRoutesAre404Problems() {
            for (String path : List.of("/api/v1/nothing-here", "/nothing", "/api/v2/indicators")) {
                assertProblem(given().when().get(path).then(), 404, "urn:councilkpi:problem:not-found", path);
            }
        }

        @Test
        void aNumberParameterThatIsNotOneIsA400NamingIt() {
            assertInvalid(given().queryParam("limit", "abc").when().get("/api/v1/feed").then(), "/api/v1/feed",
                    "limit");
            assertInvalid(given().when().get("/api/v1/keys/abc").then(), "/api/v1/keys/abc", "id");
            assertInvalid(given().when().delete("/api/v1/keys/1.5").then(), "/api/v1/keys/1.5", "id");
        }

        @Test
        void aBodyDeclaredOverTheHttpLimitIsA413Problem() {
            JsonPath body = problem(RawHttp.send(base, "POST /api/v1/imports HTTP/1.1", null, ADMIN,
                    "Content-Type: text/csv", "Content-Length: " + (200L * 1024 * 1024)), 413);
            assertEquals("urn:councilkpi:problem:too-large", body.getString("type"));
        }

        @Test
        void aUriTooLongIsA414Problem() {
            JsonPath body = problem(RawHttp.send(base, "GET " + INDICATORS + "?service=" + "a".repeat(10_000)
                    + " HTTP/1.1", null, ADMIN), 414);
            assertEquals("urn:councilkpi:problem:uri-too-long", body.getString("type"));
        }

        @Test
        void headersTooLargeAreA431Problem() {
            JsonPath body = problem(RawHttp.send(base, "GET " + INDICATORS + " HTTP/1.1", null, ADMIN,
                    "X-Padding: " + "p".repeat(20_000)), 431);
            assertEquals("urn:councilkpi:problem:headers-too-large", body.getString("type"));
        }

        @Test
        void aForeignOriginIsA403ProblemWithTheReason() {
            assertProblem(given().header("Origin", "https://elsewhere.example.com").when().get(INDICATORS).then(), 403,
                    "urn:councilkpi:problem:origin-not-allowed", INDICATORS)
                    .body("detail", containsString("https://elsewhere.example.com"));
        }
    }

    @Nested
    class MethodSemantics {

        @ParameterizedTest
        @ValueSource(strings = {"PATCH", "TRACE", "PUT", "DELETE", "POST", "INVENTED"})
        void aMethodAPathDoesNotImplementIsA405ProblemWithAnAccurateAllow(String method) {
            String path = path("1.5", "values");
            assertProblem(given().when().request(method, path).then(), 405,
                    "urn:councilkpi:problem:method-not-allowed", path)
                    .header("Allow", "GET, HEAD, OPTIONS");
        }

        @Test
        void patchAndTraceOnEveryKindOfPathAre405() {
            for (String path : List.of(INDICATORS, path("1.5", "history"), path("1.5", "changes"), path("1.5", "values", "2017-18-Q2", "revisions"),
                    "/api/v1/scorecards/2017-18-Q2", "/api/v1/keys", "/api/v1/keys/1", "/api/v1/feed",
                    "/api/v1/imports", "/api/v1/periods/2017-18-Q2/sign-off")) {
                for (String method : List.of("PATCH", "TRACE")) { // PATCH corrects figures, targets, overrides, definitions
                    given().when().request(method, path).then().statusCode(405)
                            .contentType(startsWith("application/problem+json"))
                            .header("Allow", containsString("OPTIONS"));
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"PATCH", "TRACE", "PUT", "DELETE", "POST", "INVENTED"})
        void quarkusOwnEndpointsImplementGetAndHeadOnly(String method) {
            for (String path : List.of("/q/openapi", "/q/health", "/q/health/ready", "/q/health/live")) {
                assertProblem(given().when().request(method, path).then(), 405,
                        "urn:councilkpi:problem:method-not-allowed", path)
                        .header("Allow", "GET, HEAD, OPTIONS");
            }
        }

        @Test
        void quarkusOwnEndpointsAnswerOptionsAndStillGet() {
            for (String path : List.of("/q/openapi", "/q/health", "/q/health/ready")) {
                given().when().options(path).then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
                given().when().get(path).then().statusCode(200);
                given().when().head(path).then().statusCode(200);
            }
            given().when().delete("/q/nothing-here").then().statusCode(404);
        }

        @Test
        void optionsListsExactlyTheImplementedMethods() {
            given().when().options(path("1.5", "comparators")).then().statusCode(204)
                    .header("Allow", "GET, HEAD, OPTIONS");
            given().when().options(path("1.5", "values", "2017-18-Q2")).then().statusCode(204)
                    .header("Allow", "GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
            given().when().request("TRACE", path("1.5", "targets", "2017-18")).then().statusCode(405)
                    .header("Allow", "GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
            given().when().options(path("1.5", "comparators", "2017-18-Q2")).then().statusCode(204)
                    .header("Allow", "GET, HEAD, PUT, DELETE, OPTIONS");
            given().when().options(INDICATORS).then().statusCode(204).header("Allow", "GET, HEAD, POST, OPTIONS");
            given().when().options("/api/v1/imports/template").then().statusCode(204)
                    .header("Allow", "GET, HEAD, OPTIONS");
            given().when().options("/api/v1/periods/2017-18-Q2/sign-off").then().statusCode(204)
                    .header("Allow", "GET, HEAD, POST, OPTIONS");
        }
    }

    @Nested
    class Headers {

        @Test
        void everyAnswerSaysNosniff() {
            given().when().get(INDICATORS).then().statusCode(200).header("X-Content-Type-Options", "nosniff");
            given().when().get(path("NO-SUCH-REF")).then().statusCode(404).header("X-Content-Type-Options", "nosniff");
            given().when().get("/nothing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
            given().when().get("/q/health/ready").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
            given().when().patch(INDICATORS).then().statusCode(405).header("X-Content-Type-Options", "nosniff");
            Keys.anonymous().when().get(INDICATORS).then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        }

        @Test
        void answersWithDraftsOrKeysAreNotStored() {
            String editor = Keys.issue("edge editor", Role.EDITOR);
            String viewer = Keys.issue("edge viewer", Role.VIEWER);
            Keys.as(editor).when().get(path("1.5", "values")).then().statusCode(200).header("Cache-Control", "no-store");
            Keys.as(editor).when().get(path("1.5", "changes")).then().statusCode(200).header("Cache-Control", "no-store");
            Keys.as(editor).when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(200)
                    .header("Cache-Control", "no-store");
            given().when().get("/api/v1/feed").then().statusCode(200).header("Cache-Control", "no-store");
            given().when().get("/api/v1/keys").then().statusCode(200).header("Cache-Control", "no-store");
            given().when().get("/api/v1/keys/1").then().statusCode(200).header("Cache-Control", "no-store");
            // A viewer's scorecard holds published figures only: a browser may keep it, revalidating.
            Keys.as(viewer).when().get("/api/v1/scorecards/2017-18-Q2").then().statusCode(200)
                    .header("Cache-Control", not(containsString("no-store")));
        }

        @Test
        void locationIsAPathNeverBuiltFromTheHostHeader() {
            String ref = uniqueRef("EDGE");
            given().header("Host", "evil.example").contentType("application/json").body(indicatorJson(ref).toString())
                    .when().post(INDICATORS)
                    .then().statusCode(201)
                    .header("Location", equalTo(INDICATORS + "/" + ref));
            given().header("Host", "evil.example").contentType("application/json")
                    .body("{\"client\": \"edge location\", \"role\": \"viewer\"}")
                    .when().post("/api/v1/keys")
                    .then().statusCode(201)
                    .header("Location", startsWith("/api/v1/keys/"))
                    .header("Cache-Control", "no-store");
            given().header("Host", "evil.example").contentType("application/json")
                    .body("{\"text\": \"<20%\"}")
                    .when().put(INDICATORS + "/" + ref + "/targets/2017-18")
                    .then().statusCode(201)
                    .header("Location", equalTo(INDICATORS + "/" + ref + "/targets/2017-18"));
        }
    }
}
