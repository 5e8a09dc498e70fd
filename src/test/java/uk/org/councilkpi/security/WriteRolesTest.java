package uk.org.councilkpi.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.support.Keys;

/**
 * Targets are an administrator's whatever the channel: an editor's import that carries targets is refused row by row
 * and writes nothing; and a target that rates a signed-off period is locked like its figures, through the API and
 * through an import.
 */
@QuarkusTest
class WriteRolesTest {

    private static final String IMPORTS = "/api/v1/imports";
    private static String editor;
    private static int yearCounter = 2076;

    private String ref;

    @BeforeEach
    void setUp() {
        if (editor == null) {
            editor = Keys.issue("write roles editor", Role.EDITOR);
        }
        ref = uniqueRef("WRT");
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body(indicatorJson(ref).toString())
                .when().post("/api/v1/indicators").then().statusCode(201);
    }

    private ValidatableResponse importCsv(String key, String csv) {
        return Keys.as(key).contentType("text/csv; charset=UTF-8").queryParam("enteredBy", "loader").body(csv)
                .when().post(IMPORTS).then();
    }

    private static String freshYear() {
        int y = yearCounter++;
        return y + "-" + String.format("%02d", (y + 1) % 100);
    }

    @Test
    void shouldRefuseAnEditorsImportThatCarriesTargetsAndWriteNothing() {
        String csv = "ref,period,value,target\n" + ref + ",2017-18-Q2,12,\n" + ref + ",2017-18,,<20%\n";

        importCsv(editor, csv).statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:councilkpi:problem:import-rejected"))
                .body("rowErrors.code", hasItem("ROLE_REQUIRED"))
                .body("rowErrors.find { it.code == 'ROLE_REQUIRED' }.row", equalTo(3))
                .body("rowErrors.find { it.code == 'ROLE_REQUIRED' }.column", equalTo("target"))
                .body("rowErrors.find { it.code == 'ROLE_REQUIRED' }.reason", containsString("admin"));
        Keys.as(editor).when().get(path(ref, "targets", "2017-18")).then().statusCode(404);
        Keys.as(editor).when().get(path(ref, "values", "2017-18-Q2")).then().statusCode(404);

        importCsv(editor, "ref,period,value\n" + ref + ",2017-18-Q2,12\n").statusCode(200)
                .body("values.created", equalTo(1));
        importCsv(Keys.TEST_ADMIN_KEY, csv).statusCode(200).body("targets.created", equalTo(1));
        Keys.as(editor).when().get(path(ref, "targets", "2017-18")).then().statusCode(200).body("text", equalTo("<20%"));
    }

    @Test
    void shouldRefuseAnEditorsDryRunWithTargetsToo() {
        Keys.as(editor).contentType("text/csv; charset=UTF-8").queryParam("enteredBy", "loader")
                .queryParam("dryRun", "true").body("ref,period,target\n" + ref + ",2017-18,<20%\n")
                .when().post(IMPORTS).then().statusCode(400).body("rowErrors[0].code", equalTo("ROLE_REQUIRED"));
    }

    @Test
    void shouldLockTheTargetsThatRateASignedOffQuarter() {
        String year = freshYear();
        String quarter = year + "-Q2";
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body(json().with("text", "<20%")
                .with("updatedBy", "planner").toString()).when().put(path(ref, "targets", year)).then().statusCode(201);
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body("{}")
                .when().post("/api/v1/periods/" + quarter + "/sign-off").then().statusCode(200);

        for (String period : new String[] {year, quarter}) {
            Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body(json().with("text", "<10%")
                            .with("updatedBy", "planner").toString())
                    .when().put(path(ref, "targets", period)).then().statusCode(409)
                    .body("type", equalTo("urn:councilkpi:problem:period-signed-off"))
                    .body("detail", containsString(quarter));
        }
        Keys.as(Keys.TEST_ADMIN_KEY).when().delete(path(ref, "targets", year)).then().statusCode(409);
        importCsv(Keys.TEST_ADMIN_KEY, "ref,period,target\n" + ref + "," + year + ",<10%\n").statusCode(400)
                .body("rowErrors[0].code", equalTo("PERIOD_SIGNED_OFF"))
                .body("rowErrors[0].column", equalTo("target"));
        Keys.as(editor).when().get(path(ref, "targets", year)).then().body("text", equalTo("<20%"));

        // another quarter's own target does not rate the signed-off one
        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body(json().with("text", "<15%")
                .with("updatedBy", "planner").toString()).when().put(path(ref, "targets", year + "-Q3"))
                .then().statusCode(201);

        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json").body(json().with("note", "target revised").toString())
                .when().post("/api/v1/periods/" + quarter + "/reopen").then().statusCode(200);
        importCsv(Keys.TEST_ADMIN_KEY, "ref,period,target\n" + ref + "," + year + ",<10%\n").statusCode(200)
                .body("targets.updated", equalTo(1));
    }
}
