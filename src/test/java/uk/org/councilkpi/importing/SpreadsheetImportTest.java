package uk.org.councilkpi.importing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quarter's figures as a performance officer sends them: a CSV saved from Excel (85%, 1,234, N/A, supressed, Yes,
 * blank rows) is read as the officer means it, the dry run shows how each cell was read, the template comes back
 * with only the filled rows loaded, and a ref that Excel mangled is refused.
 */
@QuarkusTest
class SpreadsheetImportTest {

    private static final String IMPORTS = "/api/v1/imports";

    private static ValidatableResponse importCsv(String csv, String... params) {
        var request = RestAssured.given().contentType("text/csv; charset=UTF-8").queryParam("enteredBy", "officer")
                .body(csv.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().post(IMPORTS).then().log().ifValidationFails();
    }

    @Test
    void shouldReadAnExcelCsvAsTheOfficerMeansItAndShowHowOnADryRun() {
        String percent = createIndicator("XLS");
        String count = createIndicator(indicatorJson(uniqueRef("XLS")).with("unit", "COUNT"));
        String na = createIndicator("XLS");
        String hidden = createIndicator("XLS");
        String star = createIndicator("XLS");
        String csv = "ref,period,value,state,provisional\r\n"
                + percent + ",2017-18-Q3,85%,,Yes\r\n"
                + count + ",2017-18-Q3,\"1,234\",,No\r\n"
                + "\r\n"
                + ",,,,\r\n"
                + na + ",2017-18-Q3,N/A,,\r\n"
                + hidden + ",2017-18-Q3,3,supressed,\r\n"
                + star + ",2017-18-Q3,*,,\r\n";

        importCsv(csv, "dryRun", "true").statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(7)).body("skipped", equalTo(2))
                .body("values.created", equalTo(5))
                .body("read", hasSize(5))
                .body("read[0].number", equalTo(85)).body("read[0].provisional", equalTo(true))
                .body("read[0].readAs", hasItem(containsString("'85%' read as 85 (a percentage)")))
                .body("read[0].readAs", hasItem("provisional 'Yes' read as true"))
                .body("read[1].number", equalTo(1234)).body("read[1].readAs", hasItem(containsString("'1,234' read as 1234")))
                .body("read[2].state", equalTo("NOT_APPLICABLE")).body("read[2].number", nullValue())
                .body("read[3].state", equalTo("SUPPRESSED")).body("read[3].number", equalTo(3))
                .body("read[3].readAs", hasItem("state 'supressed' read as SUPPRESSED"))
                .body("read[4].state", equalTo("SUPPRESSED")).body("read[4].readAs", hasItem("value '*' read as state SUPPRESSED"));
        RestAssured.given().get(path(percent, "values", "2017-18-Q3")).then().statusCode(404);

        importCsv(csv).statusCode(200).body("values.created", equalTo(5)).body("read", hasSize(0));
        RestAssured.given().get(path(percent, "values", "2017-18-Q3")).then()
                .body("number", equalTo(85)).body("provisional", equalTo(true));
        RestAssured.given().get(path(count, "values", "2017-18-Q3")).then().body("number", equalTo(1234));
        RestAssured.given().get(path(na, "values", "2017-18-Q3")).then().body("state", equalTo("NOT_APPLICABLE"));
    }

    @Test
    void shouldRefuseWhatIsStillAmbiguousWithTheFix() {
        String count = createIndicator(indicatorJson(uniqueRef("XLS")).with("unit", "COUNT"));
        String percent = createIndicator("XLS");
        importCsv("ref,period,value,state\n" + count + ",2017-18-Q3,85%,\n" + percent + ",2017-18-Q3,n/a,SUPPRESSED\n"
                + percent + ",2017-18-Q4,about 20,\n" + percent + ",2017-19-Q1,5,\n")
                .statusCode(400).body("type", equalTo("urn:councilkpi:problem:import-rejected"))
                .body("rowErrors.code", contains("INVALID_NUMBER", "STATE_MISMATCH", "INVALID_NUMBER", "INVALID_PERIOD"))
                .body("rowErrors[0].reason", containsString("counts COUNT"))
                .body("rowErrors[2].reason", containsString("N/A"));
    }

    @Test
    void shouldTakeBackTheTemplateWithOnlyTheFilledRowsAndTheReferenceColumnsIgnored() {
        String directorate = "Template round trip " + uniqueRef("D");
        String first = createIndicator(indicatorJson(uniqueRef("TPL")).with("directorate", directorate)
                .with("responsibleOfficer", "Jamie Pope"));
        String second = createIndicator(indicatorJson(uniqueRef("TPL")).with("directorate", directorate));
        putAccepted(path(first, "targets", "2017-18"), json().with("text", "<20%").with("updatedBy", "t"));
        putAccepted(path(first, "values", "2017-18-Q2"), json().with("number", 18.5).with("enteredBy", "t"));

        String template = RestAssured.given().queryParam("period", "2017-18-Q3").queryParam("directorate", directorate)
                .when().get(IMPORTS + "/template").then().statusCode(200)
                .extract().asString();
        assertTrue(template.startsWith("\uFEFFref,title,period,value,state,target,provisional,estimated,note,commentary,"
                + "unit,current_target,previous_figure,last_year_figure\r\n"), template);
        List<String> lines = template.lines().toList();
        assertEquals(3, lines.size(), template);
        assertTrue(lines.get(1).startsWith(first + ",Test indicator " + first + ",2017-18-Q3,,,,,,,,PERCENT,<20%,18.5,"),
                lines.get(1));
        assertEquals(lines.get(0) + "\r\n" + lines.get(1) + "\r\n", RestAssured.given()
                .queryParam("period", "2017-18-Q3").queryParam("directorate", directorate)
                .queryParam("responsibleOfficer", "Jamie Pope").when().get(IMPORTS + "/template").then().statusCode(200)
                .extract().asString(), "one officer's items only");

        String filled = template.replace(second + ",Test indicator " + second + ",2017-18-Q3,,",
                second + ",Test indicator " + second + ",2017-18-Q3,12,");
        importCsv(filled).statusCode(200).body("rows", equalTo(2)).body("skipped", equalTo(1))
                .body("values.created", equalTo(1));
        importCsv(template).statusCode(200).body("skipped", equalTo(2)).body("values.created", equalTo(0));
        RestAssured.given().get(path(second, "values", "2017-18-Q3")).then().body("number", equalTo(12));
    }

    @Test
    void shouldRefuseARowWhoseTitleIsAnotherRefsUnlessTheOfficerSaysSo() {
        String base = uniqueRef("MNG").replace("-", "");
        String ten = createIndicator(indicatorJson(base + ".10").with("title", "Re-referrals within 12 months"));
        String one = createIndicator(indicatorJson(base + ".1").with("title", "Children in need per 10,000"));
        String mangled = "ref,title,period,value\n" + one + ",Re-referrals within 12 months,2017-18-Q3,22\n";

        importCsv(mangled, "dryRun", "true").statusCode(400)
                .body("rowErrors[0].code", equalTo("REF_TITLE_MISMATCH"))
                .body("rowErrors[0].column", equalTo("title"))
                .body("rowErrors[0].reason", containsString("Children in need per 10,000"));
        importCsv("ref,title,period,value\n" + ten + ",  re-referrals WITHIN 12 months ,2017-18-Q3,22\n")
                .statusCode(200).body("values.created", equalTo(1));
        importCsv(mangled, "checkTitles", "false").statusCode(200).body("values.created", equalTo(1));
    }

    @Test
    void shouldReadTheScorecardAsItWentToCommitteeAfterASecondSignOff() {
        String directorate = "Second sign-off " + uniqueRef("D");
        String ref = createIndicator(indicatorJson(uniqueRef("SSO")).with("directorate", directorate));
        String period = "2081-82-Q2"; // no other test signs it off
        putAccepted(path(ref, "values", period), json().with("number", 10).with("enteredBy", "t"));
        post(period, "sign-off", "{\"note\": \"To committee\"}");
        post(period, "reopen", "{\"note\": \"A late correction\"}");
        putAccepted(path(ref, "values", period), json().with("number", 11).with("enteredBy", "t"));
        post(period, "sign-off", "{}");

        assertEquals(10, scorecardAsSignedOff(directorate, period, "first"));
        assertEquals(10, scorecardAsSignedOff(directorate, period, "1"));
        assertEquals(11, scorecardAsSignedOff(directorate, period, "2"));
        assertEquals(11, scorecardAsSignedOff(directorate, period, "latest"));
        assertEquals(11, scorecardAsSignedOff(directorate, period, "true"));
        RestAssured.given().queryParam("asSignedOff", "3").when().get("/api/v1/scorecards/" + period).then()
                .statusCode(409).body("detail", containsString("2 time(s)"));
        RestAssured.given().queryParam("asSignedOff", "second").when().get("/api/v1/scorecards/" + period).then()
                .statusCode(400).body("errors[0].field", equalTo("asSignedOff"));
    }

    private static void post(String period, String action, String body) {
        RestAssured.given().contentType("application/json").body(body)
                .when().post("/api/v1/periods/" + period + "/" + action).then().statusCode(200);
    }

    private static int scorecardAsSignedOff(String directorate, String period, String which) {
        return RestAssured.given().queryParam("directorate", directorate).queryParam("asSignedOff", which)
                .when().get("/api/v1/scorecards/" + period).then().statusCode(200)
                .body("indicators", hasSize(1))
                .extract().path("indicators[0].current.number");
    }
}
