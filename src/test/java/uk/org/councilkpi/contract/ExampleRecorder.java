package uk.org.councilkpi.contract;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records the contract's examples from the demo data set: every operation called once, its request (written here)
 * and its answer kept under {@code src/main/resources/openapi-examples/} (lists cut to their first items). Not part
 * of the suite; run it after a change to an answer's shape:
 * {@code ./mvnw test -Dtest=ExampleRecorder -Dexamples.record=true}, then regenerate the contract.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "examples.record", matches = "true")
class ExampleRecorder {

    private static final Path DIR = Path.of("src", "main", "resources", "openapi-examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CE = "Cheshire East Children and Families";
    private static final String NEW_REF = "1.17";

    @Test
    void recordEveryOperation() throws IOException {
        Files.createDirectories(DIR);
        // The demo data set as loaded first: before this recording adds an indicator to it.
        get("getIndicatorHistory", given(), "/api/v1/indicators/1.5/history");
        get("getScorecard", given().queryParam("directorate", CE), "/api/v1/scorecards/2017-18-Q2");
        get("getFeed", given().queryParam("limit", 2), "/api/v1/feed");
        get("listIndicators", given().queryParam("directorate", CE).queryParam("size", 2), "/api/v1/indicators");
        get("getIndicator", given(), "/api/v1/indicators/1.5");
        String indicator = """
                {"ref": "1.17", "title": "% of children becoming subject to a child protection plan for a second or subsequent time",
                 "description": "Children who became subject to a child protection plan in the quarter and had been subject to one before, as a percentage of all who became subject to a plan",
                 "unit": "PERCENT", "polarity": "LOWER_IS_BETTER", "frequency": "QUARTERLY", "measurement": "SNAPSHOT",
                 "decimalPlaces": 1, "directorate": "Cheshire East Children and Families", "service": "Safeguarding",
                 "planPriority": "2 Feel & Be Safe", "corporatePriority": "Outcome 5", "responsibleOfficer": "Head of Safeguarding",
                 "key": false, "tolerance": {"kind": "PERCENT", "amount": 15}, "directionBasis": "PREVIOUS_PERIOD"}""";
        write("createIndicator", 201, "/api/v1/indicators", "POST", indicator);
        write("replaceIndicator", 200, "/api/v1/indicators/" + NEW_REF, "PUT", indicator.replace("\"key\": false", "\"key\": true"));
        patch("correctIndicator", "/api/v1/indicators/" + NEW_REF, """
                {"title": "% of children becoming subject to a child protection plan for a second or subsequent time (ever)"}""");
        get("listTargets", given(), "/api/v1/indicators/1.5/targets");
        get("getTarget", given(), "/api/v1/indicators/1.5/targets/2017-18");
        write("putTarget", 201, "/api/v1/indicators/" + NEW_REF + "/targets/2017-18", "PUT", """
                {"form": "AT_MOST", "value": 20, "text": "<20%", "updatedBy": "performance.team"}""");
        write("putTarget", 200, "/api/v1/indicators/" + NEW_REF + "/targets/2017-18", "PUT", """
                {"form": "AT_MOST", "value": 20, "text": "<20%", "updatedBy": "performance.team"}""");
        patch("correctTarget", "/api/v1/indicators/" + NEW_REF + "/targets/2017-18", """
                {"value": 18, "text": "<18%"}""");
        write("putValue", 201, "/api/v1/indicators/" + NEW_REF + "/values/2017-18-Q2", "PUT", """
                {"state": "AVAILABLE", "number": 21.4, "provisional": true, "estimated": false, "note": "July fig",
                 "commentary": "Three sibling groups account for most of the repeat plans this quarter.", "enteredBy": "performance.team"}""");
        write("putValue", 200, "/api/v1/indicators/" + NEW_REF + "/values/2017-18-Q2", "PUT", """
                {"state": "AVAILABLE", "number": 18.6, "provisional": false, "estimated": false,
                 "commentary": "Corrected after the September case audit.", "enteredBy": "performance.team"}""");
        patch("correctValue", "/api/v1/indicators/" + NEW_REF + "/values/2017-18-Q2", """
                {"commentary": "Revised after the data audit"}""");
        get("listValues", given(), "/api/v1/indicators/1.5/values");
        get("getValue", given(), "/api/v1/indicators/1.5/values/2017-18-Q2");
        get("listValueRevisions", given(), "/api/v1/indicators/" + NEW_REF + "/values/2017-18-Q2/revisions");
        get("listOverrides", given(), "/api/v1/indicators/CED042/overrides");
        get("getOverride", given(), "/api/v1/indicators/CED042/overrides/2015-16-Q1");
        write("putOverride", 201, "/api/v1/indicators/" + NEW_REF + "/overrides/2017-18-Q2", "PUT", """
                {"rating": "AMBER", "reason": "Three sibling groups account for most repeat plans: not a trend", "setBy": "performance.officer"}""");
        write("putOverride", 200, "/api/v1/indicators/" + NEW_REF + "/overrides/2017-18-Q2", "PUT", """
                {"rating": "AMBER", "reason": "Three sibling groups account for most repeat plans: not a trend", "setBy": "performance.officer"}""");
        patch("correctOverride", "/api/v1/indicators/" + NEW_REF + "/overrides/2017-18-Q2", """
                {"rating": "AMBER"}""");
        get("listComparators", given(), "/api/v1/indicators/1.5/comparators");
        get("getComparator", given(), "/api/v1/indicators/1.5/comparators/2017-18-Q2");
        write("putComparator", 201, "/api/v1/indicators/" + NEW_REF + "/comparators/2017-18-Q2", "PUT", """
                {"statNeighbourAverage": 19.8, "statNeighbourNote": "2016-17 outturn", "nationalAverage": 18.7, "nationalNote": "2016-17 outturn"}""");
        write("putComparator", 200, "/api/v1/indicators/" + NEW_REF + "/comparators/2017-18-Q2", "PUT", """
                {"statNeighbourAverage": 19.8, "statNeighbourNote": "2016-17 outturn", "nationalAverage": 18.7, "nationalNote": "2016-17 outturn"}""");
        get("listIndicatorChanges", given(), "/api/v1/indicators/" + NEW_REF + "/changes");
        Response template = given().accept("text/csv").queryParam("period", "2017-18-Q2").get("/api/v1/imports/template");
        Files.writeString(DIR.resolve("getImportTemplate-200.csv"),
                String.join("\r\n", java.util.Arrays.copyOf(template.asString().split("\r\n"), 4)) + "\r\n");
        String batch = """
                {"enteredBy": "performance.team", "rows": [
                  {"ref": "1.5", "period": "2017-18-Q2", "value": 20, "target": "<20%", "commentary": "Repeat referrals down for a second quarter."},
                  {"ref": "1.7", "period": "2017-18-Q2", "value": 88, "provisional": true, "note": "July fig"}]}""";
        Files.writeString(DIR.resolve("importFigures-request.json"), pretty(JSON.readTree(batch)));
        Response imported = given().contentType("application/json").queryParam("dryRun", "true").body(batch)
                .post("/api/v1/imports");
        save("importFigures-200", imported, 200);
        get("getSignoff", given(), "/api/v1/periods/2017-18-Q2/sign-off");
        write("signOffPeriod", 200, "/api/v1/periods/2015-16-Q2/sign-off", "POST", """
                {"by": "head.of.performance", "note": "Reported to the Children and Enterprise Policy and Performance Board, 30 November 2015"}""");
        write("reopenPeriod", 200, "/api/v1/periods/2015-16-Q2/reopen", "POST", """
                {"by": "head.of.performance", "note": "CED042 resubmitted by the service: its Q2 figure is corrected"}""");
        get("getPublication", given(), "/api/v1/periods/2017-18-Q2/publication");
        write("withdrawPeriod", 200, "/api/v1/periods/2015-16-Q2/withdraw", "POST", """
                {"note": "CED042's Q2 figure is being corrected: withdrawn until it is"}""");
        write("publishPeriod", 200, "/api/v1/periods/2015-16-Q2/publish", "POST", """
                {"note": "Published for the Children and Enterprise Policy and Performance Board"}""");
        recordPlansAndMilestones();
        Response key = write("issueApiKey", 201, "/api/v1/keys", "POST", """
                {"client": "Cheshire Police data team", "role": "partner", "expiresAt": "2027-03-31T23:59:59Z"}""");
        long id = key.jsonPath().getLong("id");
        get("listApiKeys", given(), "/api/v1/keys");
        get("getApiKey", given(), "/api/v1/keys/" + id);
        Response revoked = given().delete("/api/v1/keys/" + id);
        save("revokeApiKey-200", revoked, 200);
    }

    /**
     * The quarterly report and the collection round, from Halton's reports in the demo data set: on its own, so that
     * {@code -Dtest=ExampleRecorder#recordQuarterlyReport} records these two and nothing else.
     */
    @Test
    void recordQuarterlyReport() throws IOException {
        Files.createDirectories(DIR);
        get("getQuarterlyReport", given().queryParam("directorate", "Halton Children and Enterprise"),
                "/api/v1/reports/2015-16-Q2");
        get("getCollectionRound", given().queryParam("directorate", "Halton Children's Services"),
                "/api/v1/periods/2024-25-Q1/collection");
    }

    /**
     * Halton's 2024/25 plan, its priority CYP P1 and milestone P1.3 (001_84a6a731d7e6c780.txt, line 492), created
     * unless the data set already has them (then their creating examples are kept as they are).
     */
    private void recordPlansAndMilestones() throws IOException {
        String plan = """
                {"ref": "CYP 2024-27", "title": "Children and Young People Plan 2024-27",
                 "directorate": "Halton Children and Families", "fromPeriod": "2024-25", "toPeriod": "2026-27"}""";
        String priority = """
                {"ref": "CYP P1", "plan": "CYP 2024-27", "level": "PRIORITY", "position": 1,
                 "title": "Safely reduce the number of children needing to be looked after by the Local Authority and improve safeguarding.",
                 "indicators": []}""";
        String milestone = """
                {"ref": "P1.3", "title": "Decrease the number of Children in Care on a quarterly basis", "kind": "MILESTONE",
                 "objective": "CYP P1", "directorate": "Halton Children and Families", "service": "Children's Social Care",
                 "responsibleOfficer": "Jamie Pope", "duePeriod": "2024-25-Q4", "position": 3, "indicators": []}""";
        String progress = """
                {"rating": "ON_COURSE", "commentary": "374 children in care, a positive reduction of 2% from previous quarter Q4 381.",
                 "enteredBy": "performance.team"}""";
        if (given().get("/api/v1/plans/CYP 2024-27").statusCode() == 404) {
            write("createPlan", 201, "/api/v1/plans", "POST", plan);
            write("createObjective", 201, "/api/v1/objectives", "POST", priority);
            write("createMilestone", 201, "/api/v1/milestones", "POST", milestone);
            write("putProgress", 201, "/api/v1/milestones/P1.3/progress/2024-25-Q1", "PUT", progress);
        }
        write("replacePlan", 200, "/api/v1/plans/CYP 2024-27", "PUT", plan);
        write("replaceObjective", 200, "/api/v1/objectives/CYP P1", "PUT", priority);
        write("replaceMilestone", 200, "/api/v1/milestones/P1.3", "PUT", milestone);
        write("putProgress", 200, "/api/v1/milestones/P1.3/progress/2024-25-Q1", "PUT", progress);
        get("listPlans", given(), "/api/v1/plans");
        get("getPlan", given(), "/api/v1/plans/CYP 2024-27");
        get("listObjectives", given().queryParam("plan", "CYP 2024-27"), "/api/v1/objectives");
        get("getObjective", given(), "/api/v1/objectives/CYP P1");
        get("listMilestones", given().queryParam("objective", "CYP P1"), "/api/v1/milestones");
        get("getMilestone", given(), "/api/v1/milestones/P1.3");
        get("getProgress", given(), "/api/v1/milestones/P1.3/progress/2024-25-Q1");
        get("getMilestoneHistory", given(), "/api/v1/milestones/P1.3/progress");
        get("listMilestoneChanges", given(), "/api/v1/milestones/P1.3/changes");
        get("getPeriodMilestones", given().queryParam("plan", "CYP 2024-27"), "/api/v1/periods/2024-25-Q1/milestones");
    }

    /** A correction as JSON Merge Patch; its request example is the patch itself. */
    private void patch(String operation, String path, String body) throws IOException {
        Files.writeString(DIR.resolve(operation + "-request.json"), pretty(JSON.readTree(body)));
        save(operation + "-200", given().contentType("application/merge-patch+json; charset=UTF-8").body(body)
                .patch(path), 200);
    }

    private void get(String operation, RequestSpecification request, String path) throws IOException {
        save(operation + "-200", request.accept("application/json").get(path), 200);
    }

    private Response write(String operation, int status, String path, String method, String body) throws IOException {
        Path request = DIR.resolve(operation + "-request.json");
        if (status != 200 || !Files.exists(request)) { // a replacement (200) keeps the creating request as the example
            Files.writeString(request, pretty(JSON.readTree(body)));
        }
        Response response = given().contentType("application/json").body(body).request(method, path);
        save(operation + "-" + status, response, status);
        return response;
    }

    private void save(String name, Response response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new AssertionError(name + ": " + response.statusCode() + " " + response.asString());
        }
        Files.writeString(DIR.resolve(name + ".json"), pretty(cut(JSON.readTree(response.asString()))),
                StandardCharsets.UTF_8);
    }

    /** Lists cut to their first two items (a scorecard's quarters kept whole). */
    private static JsonNode cut(JsonNode node) {
        if (node instanceof ArrayNode array) {
            while (array.size() > 2) {
                array.remove(array.size() - 1);
            }
            array.forEach(ExampleRecorder::cut);
        } else if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (!field.getKey().equals("quarters")) {
                    cut(field.getValue());
                }
            }
        }
        return node;
    }

    private static String pretty(JsonNode node) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}
