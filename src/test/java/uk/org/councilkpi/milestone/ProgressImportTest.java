package uk.org.councilkpi.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * Milestones' progress through POST /api/v1/imports: a batch with a milestone column, in CSV or JSON, dry run, all or
 * nothing, row errors with codes. The signed-off quarter is in 2043-44, which no other test uses.
 */
@QuarkusTest
class ProgressImportTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String REJECTED = "urn:councilkpi:problem:import-rejected";

    private String first;
    private String second;

    @BeforeEach
    void setUp() {
        first = uniqueRef("PIM");
        second = uniqueRef("PIM");
        for (String ref : List.of(first, second)) {
            given().contentType(ContentType.JSON).body(json().with("ref", ref).with("title", "Milestone " + ref).toString())
                    .when().post("/api/v1/milestones").then().statusCode(201);
        }
    }

    private static ValidatableResponse importCsv(String csv, boolean dryRun) {
        return given().contentType(CSV).queryParam("enteredBy", "performance.team").queryParam("dryRun", dryRun)
                .body(csv).when().post("/api/v1/imports").then();
    }

    private static String progress(String ref, String period) {
        return "/api/v1/milestones/" + ref + "/progress/" + period;
    }

    @Test
    void shouldLoadACsvOfProgressAfterADryRun() {
        String csv = "milestone,period,rating,commentary\r\n"
                + first + ",2024-25-Q1,on course,\"374 children in care, down 2%\"\r\n"
                + second + ",2024-25-Q1,NOT_PROVIDED,\"Information requested, not provided\"\r\n";
        importCsv(csv, true).statusCode(200).body("dryRun", equalTo(true))
                .body("progress.created", equalTo(2)).body("values.created", equalTo(0))
                .body("read[0].ref", equalTo(first)).body("read[0].readAs", contains("rating 'on course' read as ON_COURSE"));
        given().when().get(progress(first, "2024-25-Q1")).then().statusCode(404);

        Integer batch = importCsv(csv, false).statusCode(200).body("progress.created", equalTo(2))
                .body("batchId", notNullValue()).extract().path("batchId");
        given().when().get(progress(first, "2024-25-Q1")).then().statusCode(200)
                .body("rating", equalTo("ON_COURSE")).body("batchId", equalTo(batch))
                .body("enteredBy", equalTo("bootstrap administrator for performance.team"));
        given().when().get(progress(second, "2024-25-Q1")).then().statusCode(200).body("rating", equalTo("NOT_PROVIDED"));

        importCsv(csv, false).statusCode(200).body("progress.unchanged", equalTo(2)).body("progress.updated", equalTo(0));
        given().when().get("/api/v1/milestones/" + first + "/changes").then().statusCode(200)
                .body("changes.findAll { it.kind == 'PROGRESS' }.batchId", contains(batch));
    }

    @Test
    void shouldReplaceChangedProgressWithANewVersionInTheBatch() {
        String before = "milestone,period,rating,commentary\r\n" + first + ",2024-25-Q4,UNCERTAIN,early\r\n"
                + second + ",2024-25-Q4,ON_COURSE,\r\n";
        importCsv(before, false).statusCode(200).body("progress.created", equalTo(2));
        String after = "milestone,period,rating,commentary\r\n" + first + ",2024-25-Q4,OFF_COURSE,late\r\n"
                + second + ",2024-25-Q4,ON_COURSE,\r\n";
        Integer batch = importCsv(after, false).statusCode(200).body("progress.updated", equalTo(1))
                .body("progress.unchanged", equalTo(1)).body("rows", equalTo(2)).extract().path("batchId");
        given().when().get(progress(first, "2024-25-Q4")).then().statusCode(200).body("rating", equalTo("OFF_COURSE"))
                .body("commentary", equalTo("late")).body("version", equalTo(1)).body("batchId", equalTo(batch));
        given().when().get(progress(second, "2024-25-Q4")).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8AsOneError() {
        byte[] csv = ("milestone,period,rating,commentary\r\n" + first + ",2024-25-Q1,ON_COURSE,caf\u00e9\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        csv[csv.length - 3] = (byte) 0xff;
        given().contentType(CSV).queryParam("enteredBy", "performance.team").body(csv).when().post("/api/v1/imports")
                .then().statusCode(400).body("type", equalTo(REJECTED)).body("rowErrors.code", contains("ENCODING"))
                .body("rowErrors[0].reason", equalTo("The file is not valid UTF-8: save it as CSV UTF-8"));
    }

    @Test
    void shouldStopAtAHeaderNamingAnUnknownColumn() {
        importCsv("milestone,period,rating,colour\r\n" + first + ",2024-25-Q1,GREEN,red\r\n", true).statusCode(400)
                .body("rowErrors.code", contains("HEADER_UNKNOWN_COLUMN")).body("rowErrors[0].reason", equalTo(
                        "is not a column of a batch of progress: milestone, period, rating, commentary, title (in any"
                                + " order and case)"));
    }

    @Test
    void shouldLoadJsonRowsNamingAMilestone() {
        given().contentType(ContentType.JSON).body("""
                {"enteredBy": "performance.team", "rows": [
                  {"milestone": "%s", "period": "2024-25-Q2", "rating": "UNCERTAIN", "commentary": "Too early to say"}]}"""
                .formatted(first)).when().post("/api/v1/imports").then().statusCode(200)
                .body("progress.created", equalTo(1));
        given().when().get(progress(first, "2024-25-Q2")).then().statusCode(200).body("commentary", equalTo("Too early to say"));
    }

    @Test
    void shouldRejectTheWholeBatchWithEveryRowAtFault() {
        given().contentType(ContentType.JSON).body("{\"rating\": \"ON_COURSE\", \"commentary\": \"before\"}")
                .when().put(progress(first, "2043-44-Q1")).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"by\": \"head\"}").when()
                .post("/api/v1/periods/2043-44-Q1/sign-off").then().statusCode(200);

        String csv = "milestone,period,rating,commentary\r\n"
                + second + ",2024-25-Q3,ON_COURSE,fine on its own\r\n"
                + "NO-SUCH-MILESTONE,2024-25-Q3,ON_COURSE,\r\n"
                + second + ",2024-25-Q4,GREEN,\r\n"
                + second + ",2024-25,ON_COURSE,\r\n"
                + first + ",2043-44-Q1,OFF_COURSE,after sign-off\r\n"
                + second + ",2024-25-Q3,UNCERTAIN,twice\r\n";
        ValidatableResponse rejected = importCsv(csv, false).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(REJECTED));
        List<Map<String, Object>> errors = rejected.extract().jsonPath().getList("rowErrors");
        assertEquals(List.of("3:milestone:UNKNOWN_MILESTONE", "4:rating:INVALID_RATING", "5:period:INVALID_PERIOD",
                        "6:period:PERIOD_SIGNED_OFF", "7:milestone:DUPLICATE_ROW"),
                errors.stream().map(e -> e.get("row") + ":" + e.get("column") + ":" + e.get("code")).toList());

        given().when().get(progress(second, "2024-25-Q3")).then().statusCode(404);
        given().when().get(progress(first, "2043-44-Q1")).then().statusCode(200).body("rating", equalTo("ON_COURSE"));
        importCsv(csv, true).statusCode(400).body("type", equalTo(REJECTED));
    }

    @Test
    void shouldRefuseANulCharacterWithoutWritingAnything() {
        importCsv("milestone,period,rating,commentary\r\n" + first + ",2024-25-Q1,ON_COURSE,a\u0000b\r\n", false)
                .statusCode(400).contentType("application/problem+json");
        given().when().get(progress(first, "2024-25-Q1")).then().statusCode(404);
    }

    @Test
    void shouldRefuseABatchOfProgressFromAViewer() {
        String viewer = Keys.issue("progress import viewer", Role.VIEWER);
        Keys.as(viewer).contentType(CSV).queryParam("enteredBy", "x")
                .body("milestone,period,rating\r\n" + first + ",2024-25-Q1,ON_COURSE\r\n")
                .when().post("/api/v1/imports").then().statusCode(403);
    }
}
