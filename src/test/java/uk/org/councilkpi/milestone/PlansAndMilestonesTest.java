package uk.org.councilkpi.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.CONFLICT;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.ApiFixtures.Json;
import uk.org.councilkpi.support.Keys;

/**
 * Plans, objectives and milestones through the HTTP API: structure and filters, progress with its meaning, overdue
 * and direction, and the guarantees figures have (history and asAt, sign-off lock, publication, feed, ETags). Quarters
 * that are signed off or published are in 2040-41 to 2042-43, which no other test uses.
 */
@QuarkusTest
class PlansAndMilestonesTest {

    private static final String PLANS = "/api/v1/plans";
    private static final String OBJECTIVES = "/api/v1/objectives";
    private static final String MILESTONES = "/api/v1/milestones";

    private static String viewer;
    private static String partner;
    private static String editor;

    private String plan;
    private String priority;
    private String objective;

    @BeforeEach
    void setUp() {
        if (viewer == null) {
            viewer = Keys.issue("milestone viewer", Role.VIEWER);
            partner = Keys.issue("milestone partner", Role.PARTNER);
            editor = Keys.issue("milestone editor", Role.EDITOR);
        }
        plan = uniqueRef("PLN");
        priority = uniqueRef("PRI");
        objective = uniqueRef("OBJ");
        post(PLANS, json().with("ref", plan).with("title", "Children and Young People Plan " + plan)
                .with("fromPeriod", "2024-25").with("toPeriod", "2026-27")).statusCode(201);
        post(OBJECTIVES, json().with("ref", priority).with("plan", plan).with("title", "Priority " + priority)
                .with("position", 1)).statusCode(201).body("level", equalTo("PRIORITY"));
        post(OBJECTIVES, json().with("ref", objective).with("plan", plan).with("parent", priority)
                .with("title", "Objective " + objective)).statusCode(201).body("level", equalTo("OBJECTIVE"));
    }

    private static ValidatableResponse post(String path, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().post(path).then();
    }

    private static ValidatableResponse put(String path, Json body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().put(path).then();
    }

    private String milestone(Json extra) {
        String ref = uniqueRef("MS");
        Json body = json().with("ref", ref).with("title", "Milestone " + ref).with("objective", objective)
                .with("responsibleOfficer", "Jamie Pope").with("responsibleEmail", "jamie.pope@halton.gov.uk");
        if (extra != null) {
            for (String field : List.of("dueDate", "duePeriod", "kind", "indicators")) {
                if (extra.get(field) != null) {
                    body.with(field, extra.get(field));
                }
            }
        }
        post(MILESTONES, body).statusCode(201);
        return ref;
    }

    private static String progress(String ref, String period) {
        return MILESTONES + "/" + ref + "/progress/" + period;
    }

    private static ValidatableResponse rate(String ref, String period, String rating, String commentary) {
        return put(progress(ref, period), json().with("rating", rating).with("commentary", commentary));
    }

    private static void signOff(String period) {
        post("/api/v1/periods/" + period + "/sign-off", json().with("by", "head")).statusCode(200);
    }

    private static void publish(String period) {
        post("/api/v1/periods/" + period + "/publish", json().with("note", "for the committee")).statusCode(200);
    }

    @Test
    void shouldReadAPlanDepthFirstWithTheIndicatorsThatServeEachObjective() {
        String served = createIndicator(indicatorJson(uniqueRef("PMI")).with("responsibleEmail", "owner@halton.gov.uk"));
        String other = createIndicator("PMI");
        String second = uniqueRef("PRI");
        post(OBJECTIVES, json().with("ref", second).with("plan", plan).with("title", "Second").with("position", 0))
                .statusCode(201);
        put(OBJECTIVES + "/" + objective, json().with("ref", objective).with("plan", plan).with("parent", priority)
                .with("title", "Objective " + objective).with("indicators", List.of(served))).statusCode(200)
                .body("indicators", contains(served));

        given().when().get(PLANS + "/" + plan).then().statusCode(200)
                .body("objectives.ref", contains(second, priority, objective))
                .body("objectives[2].parent", equalTo(priority));
        given().when().get(path(served)).then().statusCode(200)
                .body("objectives", contains(objective)).body("responsibleEmail", equalTo("owner@halton.gov.uk"));
        given().when().get(path(other)).then().statusCode(200).body("objectives", hasSize(0));

        // a priority's filter takes in the objectives under it, on the list and on the scorecard
        given().queryParam("objective", priority).when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.ref", contains(served));
        given().queryParam("plan", plan).when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.ref", contains(served));
        given().queryParam("objective", second).when().get("/api/v1/indicators").then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("objective", objective).when().get("/api/v1/scorecards/2024-25-Q1").then().statusCode(200)
                .body("indicators.ref", contains(served));
        given().queryParam("plan", plan).queryParam("asAt", Instant.now().toString())
                .when().get("/api/v1/scorecards/2024-25-Q1").then().statusCode(200)
                .body("indicators.ref", contains(served));
    }

    @Test
    void shouldRefuseAStructureThatDoesNotHold() {
        assertInvalid(post(OBJECTIVES, json().with("ref", uniqueRef("OBJ")).with("plan", "NO-SUCH-PLAN")
                .with("title", "x")), OBJECTIVES, "plan");
        assertInvalid(post(OBJECTIVES, json().with("ref", uniqueRef("OBJ")).with("plan", plan).with("parent", objective)
                .with("title", "x")), OBJECTIVES, "parent");
        assertInvalid(post(OBJECTIVES, json().with("ref", uniqueRef("OBJ")).with("plan", plan)
                .with("indicators", List.of("NO-SUCH-INDICATOR")).with("title", "x")), OBJECTIVES, "indicators");
        assertProblem(post(OBJECTIVES, json().with("ref", objective).with("plan", plan).with("title", "again")), 409,
                CONFLICT, OBJECTIVES);
        assertProblem(given().when().delete(PLANS + "/" + plan).then(), 409, CONFLICT, PLANS + "/" + plan);
        assertProblem(given().when().delete(OBJECTIVES + "/" + priority).then(), 409, CONFLICT, OBJECTIVES + "/" + priority);
        given().when().get(PLANS + "/" + plan).then().statusCode(200).body("objectives", hasSize(2));

        given().when().delete(OBJECTIVES + "/" + objective).then().statusCode(204);
        given().when().delete(OBJECTIVES + "/" + priority).then().statusCode(204);
        given().when().delete(PLANS + "/" + plan).then().statusCode(204);
        given().when().get(PLANS + "/" + plan).then().statusCode(404);
    }

    @Test
    void shouldDefineMilestonesWithTheirOwnerAndDueDate() {
        String indicator = createIndicator("PMI");
        String ref = milestone(json().with("duePeriod", "2024-25-Q2").with("kind", "RISK_CONTROL_MEASURE")
                .with("indicators", List.of(indicator)));
        given().when().get(MILESTONES + "/" + ref).then().statusCode(200)
                .body("objective", equalTo(objective)).body("plan", equalTo(plan))
                .body("kind", equalTo("RISK_CONTROL_MEASURE")).body("dueBy", equalTo("2024-09-30"))
                .body("responsibleEmail", equalTo("jamie.pope@halton.gov.uk")).body("indicators", contains(indicator));
        given().queryParam("objective", priority).when().get(MILESTONES).then().statusCode(200)
                .body("ref", contains(ref));
        assertInvalid(post(MILESTONES, json().with("ref", uniqueRef("MS")).with("title", "x")
                .with("dueDate", "2025-03-31").with("duePeriod", "2024-25")), MILESTONES, "duePeriod");
        assertInvalid(post(MILESTONES, json().with("ref", uniqueRef("MS")).with("title", "x")
                .with("objective", "NO-SUCH")), MILESTONES, "objective");
        assertInvalid(post(MILESTONES, json().with("ref", uniqueRef("MS")).with("title", "x")
                .with("responsibleEmail", "not an address")), MILESTONES, "responsibleEmail");

        rate(ref, "2024-25-Q1", "ON_COURSE", null).statusCode(201);
        assertProblem(given().when().delete(MILESTONES + "/" + ref).then(), 409, CONFLICT, MILESTONES + "/" + ref);
    }

    @Test
    void shouldSayWhatARatingMeansAndComputeOverdueAndDirection() {
        String ref = milestone(json().with("dueDate", "2024-08-31"));
        rate(ref, "2024-25-Q1", "UNCERTAIN", "Too early to say").statusCode(201)
                .body("meaning", equalTo("Uncertain or too early to say whether the milestone will be achieved within"
                        + " the timeframe"))
                .body("overdue", equalTo(false)).body("direction.direction", equalTo("NOT_COMPARABLE"));
        rate(ref, "2024-25-Q2", "OFF_COURSE", "Will not be achieved without action").statusCode(201)
                .body("overdue", equalTo(true))
                .body("direction.direction", equalTo("WORSE")).body("direction.previousRating", equalTo("UNCERTAIN"))
                .body("direction.previousPeriod", equalTo("2024-25-Q1"));
        rate(ref, "2024-25-Q3", "COMPLETE", null).statusCode(201)
                .body("overdue", equalTo(false)).body("direction.direction", equalTo("IMPROVED"));
        rate(ref, "2024-25-Q4", "NOT_PROVIDED", null).statusCode(201)
                .body("overdue", equalTo(false)).body("meaning", equalTo("Information requested, not provided"))
                .body("direction.direction", equalTo("NOT_COMPARABLE"));

        JsonPath quarter = given().queryParam("objective", objective).when().get("/api/v1/periods/2024-25-Q2/milestones")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, quarter.getInt("summary.offCourse"));
        assertEquals(1, quarter.getInt("summary.overdue"));
        assertEquals(1, quarter.getInt("summary.worse"));
        assertEquals("OFF_COURSE", quarter.getString("milestones[0].progress.rating"));

        assertInvalid(rate(ref, "2024-25", "ON_COURSE", null), progress(ref, "2024-25"), "period");
        assertInvalid(given().contentType(ContentType.JSON).body("{\"rating\": \"GREEN\"}").when()
                .put(progress(ref, "2024-25-Q1")).then(), progress(ref, "2024-25-Q1"), "rating");
    }

    @Test
    void shouldKeepEveryVersionForChangesAndAsAtReads() {
        String ref = milestone(null);
        rate(ref, "2024-25-Q1", "ON_COURSE", "first").statusCode(201);
        Instant between = Instant.now();
        rate(ref, "2024-25-Q1", "OFF_COURSE", "second").statusCode(200);

        given().queryParam("asAt", between.toString()).when().get(progress(ref, "2024-25-Q1")).then().statusCode(200)
                .body("rating", equalTo("ON_COURSE")).body("commentary", equalTo("first"));
        given().queryParam("asAt", between.toString()).when().get(MILESTONES + "/" + ref + "/progress").then()
                .statusCode(200).body("entries.rating", contains("ON_COURSE"));
        given().when().get(MILESTONES + "/" + ref + "/progress").then().statusCode(200)
                .body("entries.rating", contains("OFF_COURSE"));
        given().when().get(MILESTONES + "/" + ref + "/changes").then().statusCode(200)
                .body("changes.findAll { it.kind == 'PROGRESS' }.action", contains("CREATED", "UPDATED"))
                .body("changes.findAll { it.kind == 'PROGRESS' }[1].before.rating", equalTo("ON_COURSE"))
                .body("changes.findAll { it.kind == 'PROGRESS' }[1].after.rating", equalTo("OFF_COURSE"))
                .body("changes.findAll { it.kind == 'MILESTONE' }.action", contains("CREATED"));
        Keys.as(viewer).when().get(MILESTONES + "/" + ref + "/changes").then().statusCode(403);

        // Deleted (its progress first), its trail stays readable, the deletions last.
        given().when().delete(progress(ref, "2024-25-Q1")).then().statusCode(204);
        given().when().delete(MILESTONES + "/" + ref).then().statusCode(204);
        given().when().get(MILESTONES + "/" + ref + "/changes").then().statusCode(200)
                .body("changes.findAll { it.kind == 'MILESTONE' }.action", contains("CREATED", "DELETED"))
                .body("changes.findAll { it.kind == 'PROGRESS' }.action", contains("CREATED", "UPDATED", "DELETED"));
    }

    @Test
    void shouldRefuseStaleWritesAndAnswerNotModified() {
        String ref = milestone(null);
        String etag = rate(ref, "2024-25-Q1", "ON_COURSE", null).statusCode(201).extract().header("ETag");
        given().header("If-Match", etag).contentType(ContentType.JSON).body("{\"rating\": \"UNCERTAIN\"}")
                .when().put(progress(ref, "2024-25-Q1")).then().statusCode(200);
        assertProblem(given().header("If-Match", etag).contentType(ContentType.JSON).body("{\"rating\": \"COMPLETE\"}")
                .when().put(progress(ref, "2024-25-Q1")).then(), 412, "urn:councilkpi:problem:stale-version",
                progress(ref, "2024-25-Q1"));
        given().when().get(progress(ref, "2024-25-Q1")).then().statusCode(200).body("rating", equalTo("UNCERTAIN"));

        String history = given().when().get(MILESTONES + "/" + ref + "/progress").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", history).when().get(MILESTONES + "/" + ref + "/progress").then().statusCode(304);
    }

    @Test
    void shouldLockProgressOfASignedOffQuarter() {
        String ref = milestone(null);
        rate(ref, "2040-41-Q1", "ON_COURSE", "before sign-off").statusCode(201);
        signOff("2040-41-Q1");
        assertProblem(rate(ref, "2040-41-Q1", "OFF_COURSE", "after"), 409, "urn:councilkpi:problem:period-signed-off",
                progress(ref, "2040-41-Q1"));
        assertProblem(given().when().delete(progress(ref, "2040-41-Q1")).then(), 409,
                "urn:councilkpi:problem:period-signed-off", progress(ref, "2040-41-Q1"));
        given().when().get(progress(ref, "2040-41-Q1")).then().statusCode(200).body("rating", equalTo("ON_COURSE"));
        rate(ref, "2040-41-Q2", "ON_COURSE", "the next quarter is open").statusCode(201);
    }

    @Test
    void shouldHideUnpublishedProgressFromViewersAndPartners() {
        String ref = milestone(null);
        rate(ref, "2041-42-Q1", "ON_COURSE", "published soon").statusCode(201);
        rate(ref, "2041-42-Q2", "OFF_COURSE", "draft, not for the public").statusCode(201);
        publish("2041-42-Q1");

        for (String key : List.of(viewer, partner)) {
            Keys.as(key).when().get(MILESTONES + "/" + ref + "/progress").then().statusCode(200)
                    .body("entries.period", contains("2041-42-Q1"));
            Keys.as(key).queryParam("objective", objective).when().get("/api/v1/periods/2041-42-Q2/milestones").then()
                    .statusCode(200).body("published", equalTo(false))
                    .body("milestones[0].progress.rating", nullValue())
                    .body("milestones[0].progress.commentary", nullValue())
                    .body("milestones[0].progress.direction.previousRating", equalTo("ON_COURSE"))
                    .body("summary.noRating", equalTo(1));
            String csv = Keys.as(key).accept("text/csv").queryParam("objective", objective)
                    .when().get("/api/v1/periods/2041-42-Q2/milestones").then().statusCode(200)
                    .header("Content-Disposition", containsString("milestones-2041-42-Q2.csv")).extract().asString();
            assertFalse(csv.contains("draft, not for the public"), csv);
            assertFalse(csv.contains("OFF_COURSE"), csv);
            Keys.as(key).when().get(progress(ref, "2041-42-Q1")).then().statusCode(403);
        }
        Keys.as(editor).when().get(MILESTONES + "/" + ref + "/progress").then().statusCode(200)
                .body("entries.period", contains("2041-42-Q1", "2041-42-Q2"));
        String csv = Keys.as(editor).accept("text/csv").when().get(MILESTONES + "/" + ref + "/progress").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.startsWith("ref,title,kind,objective,plan"), csv);
        assertTrue(csv.contains("draft, not for the public"), csv);
    }

    @Test
    void shouldPutPublishedProgressInTheFeedAndNeverTakeItForAWholePeriod() {
        String ref = milestone(null);
        String cursor = Keys.as(partner).queryParam("limit", 10000).when().get("/api/v1/feed").then().statusCode(200)
                .extract().path("cursor");
        rate(ref, "2042-43-Q1", "ON_COURSE", "published").statusCode(201);
        rate(ref, "2042-43-Q2", "UNCERTAIN", "not yet published").statusCode(201);
        publish("2042-43-Q1");

        List<Map<String, Object>> items = drain(cursor);
        List<Map<String, Object>> mine = items.stream().filter(i -> ref.equals(i.get("milestone"))).toList();
        assertEquals(1, mine.size(), items.toString());
        assertEquals("2042-43-Q1", mine.get(0).get("period"));
        assertEquals("PUBLISHED", mine.get(0).get("change"));
        assertEquals("ON_COURSE", ((Map<?, ?>) mine.get(0).get("progress")).get("rating"));
        assertTrue(items.stream().noneMatch(i -> "2042-43-Q2".equals(i.get("period"))),
                "progress of an unpublished quarter is not a withdrawn period: " + items);
    }

    private List<Map<String, Object>> drain(String from) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = from;
        boolean more = true;
        while (more) {
            JsonPath page = Keys.as(partner).queryParam("limit", 1000).queryParam("since", cursor).when()
                    .get("/api/v1/feed").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("cursor");
            more = page.getBoolean("more");
        }
        return items;
    }

    @Test
    void shouldLetOnlyAdministratorsDefineAndEditorsRate() {
        String ref = milestone(null);
        Keys.as(editor).contentType(ContentType.JSON).body(json().with("ref", uniqueRef("PLN")).with("title", "x").toString())
                .when().post(PLANS).then().statusCode(403);
        Keys.as(editor).contentType(ContentType.JSON).body("{\"rating\": \"ON_COURSE\"}").when()
                .put(progress(ref, "2024-25-Q1")).then().statusCode(201).body("enteredBy", containsString("milestone editor"))
                .header("Location", endsWith(progress(ref, "2024-25-Q1").replace(" ", "%20")));
        Keys.as(viewer).contentType(ContentType.JSON).body("{\"rating\": \"ON_COURSE\"}").when()
                .put(progress(ref, "2024-25-Q2")).then().statusCode(403);
        Keys.as(viewer).when().get(PLANS + "/" + plan).then().statusCode(200).body("objectives.ref", hasItem(objective));
        Keys.as(viewer).when().get(MILESTONES).then().statusCode(200).body("ref", hasItem(ref))
                .body("ref", not(hasItem("NO-SUCH")));
    }
}
