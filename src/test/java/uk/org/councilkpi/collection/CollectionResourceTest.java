package uk.org.councilkpi.collection;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.putValue;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.report.PlanTestData;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * The collection round through HTTP: Halton's 2024/25 Q1 returns from the demo data set, and a directorate of this
 * class's own in 2046-47 with a return missing, one not provided and one complete, for indicators and milestones.
 */
@QuarkusTest
class CollectionResourceTest {

    private static final String DIRECTORATE = "Collection test directorate";
    private static final String PERIOD = "2046-47-Q2";
    private static String figure;
    private static String notProvided;
    private static String annual;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void setUp() {
        if (figure != null) {
            return;
        }
        PlanTestData data = new PlanTestData(db);
        long plan = data.plan("CRT 2046-47", DIRECTORATE, "2046-47", "2046-47");
        long priority = data.objective(plan, "CRT P1");
        long missing = data.milestone(priority, "CRT 1.1", DIRECTORATE, "Bea Owner", "bea.owner@example.gov.uk", null);
        long refused = data.milestone(priority, "CRT 1.2", DIRECTORATE, "Bea Owner", "bea.owner@example.gov.uk", null);
        data.progress(refused, PERIOD, "NOT_PROVIDED", "Information requested, not provided");
        data.progress(missing, "2046-47-Q1", "ON_COURSE", "the previous quarter's return is not this one's");
        figure = uniqueRef("CRF");
        createIndicator(indicatorJson(figure).with("directorate", DIRECTORATE).with("responsibleOfficer", "Cy Owner"));
        putValue(figure, PERIOD, 5);
        notProvided = uniqueRef("CRN");
        createIndicator(indicatorJson(notProvided).with("directorate", DIRECTORATE).with("responsibleOfficer", "Bea Owner"));
        data.sql("update indicator set responsible_email = 'bea.owner@example.gov.uk' where ref = ?", notProvided);
        putAccepted(path(notProvided, "values", PERIOD), json().with("state", "NOT_PROVIDED").with("enteredBy", "test"));
        annual = uniqueRef("CRA");
        createIndicator(indicatorJson(annual).with("directorate", DIRECTORATE).with("frequency", "ANNUAL"));
    }

    private static JsonPath collection(String period, Map<String, ?> query) {
        return Keys.as(Keys.TEST_ADMIN_KEY).queryParams(query).when().get("/api/v1/periods/" + period + "/collection")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void shouldTellAMissingReturnFromOneNotProvided() {
        JsonPath r = collection(PERIOD, Map.of("directorate", DIRECTORATE));
        assertEquals(Map.of("total", 4, "complete", 1, "notProvided", 2, "missing", 1), r.getMap("counts"));
        assertEquals(List.of("Bea Owner", "Cy Owner"), r.getList("officers.name"));
        assertEquals("bea.owner@example.gov.uk", r.getString("officers[0].email"));
        assertEquals(Map.of("total", 3, "complete", 0, "notProvided", 2, "missing", 1), r.getMap("officers[0].counts"));
        assertEquals(List.of("Test service"), r.getList("officers[0].services"));
        assertEquals("MISSING", r.getString("officers[0].items.find { it.ref == 'CRT 1.1' }.status"));
        assertEquals((Object) null, r.get("officers[0].items.find { it.ref == 'CRT 1.1' }.returned"));
        assertEquals("NOT_PROVIDED", r.getString("officers[0].items.find { it.ref == 'CRT 1.2' }.status"));
        assertEquals("MILESTONE", r.getString("officers[0].items.find { it.ref == 'CRT 1.2' }.type"));
        assertEquals("NOT_PROVIDED", r.getString("officers[0].items.find { it.ref == '" + notProvided + "' }.status"));
        assertEquals("INDICATOR", r.getString("officers[0].items.find { it.ref == '" + notProvided + "' }.type"));
        assertEquals("COMPLETE", r.getString("officers[1].items[0].status"));
        assertEquals("AVAILABLE", r.getString("officers[1].items[0].returned"));
        assertEquals("/api/v1/imports/template?period=" + PERIOD + "&responsibleOfficer=Cy%20Owner",
                r.getString("officers[1].template"));
        // an annual indicator is expected for its year, not its quarters
        assertEquals(5, collection("2046-47", Map.of("directorate", DIRECTORATE)).getInt("counts.total"));
    }

    @Test
    void shouldGiveTheOfficersTemplateOfTheirIndicatorsOnly() {
        String csv = Keys.as(Keys.TEST_ADMIN_KEY).queryParam("period", PERIOD).queryParam("responsibleOfficer", "Cy Owner")
                .when().get("/api/v1/imports/template").then().statusCode(200).extract().asString();
        assertEquals(2, csv.strip().split("\r\n").length, "a header and Cy Owner's one indicator: " + csv);
        assertEquals(true, csv.contains(figure));
    }

    @Test
    void shouldListHaltons2024Q1ReturnsByOfficer() {
        JsonPath r = collection("2024-25-Q1", Map.of("directorate", "Halton Children's Services"));
        assertEquals(Map.of("total", 52, "complete", 39, "notProvided", 13, "missing", 0), r.getMap("counts"));
        Map<String, Object> jamie = r.getMap("officers.find { it.name == 'Jamie Pope' }.counts");
        assertEquals(Map.of("total", 8, "complete", 3, "notProvided", 5, "missing", 0), jamie);
        assertEquals(List.of(), r.getList("officers.findAll { it.name == null }"));
    }

    @Test
    void shouldNotAnnounceAMilestonesReturnAsAWithdrawnPeriodInTheFeed() {
        // 2046-47-Q2 is never published: its figures are drafts, and its milestone's return must not read as a
        // withdrawal of the period to partners
        String feed = Keys.as(Keys.TEST_ADMIN_KEY).queryParam("limit", 10000).when().get("/api/v1/feed")
                .then().statusCode(200).extract().asString();
        assertEquals(false, feed.contains(PERIOD), feed.length() > 2000 ? feed.substring(0, 2000) : feed);
    }

    @Test
    void shouldBeThePerformanceTeamsOnly() {
        Keys.as(Keys.issue("collection viewer", Role.VIEWER)).when().get("/api/v1/periods/" + PERIOD + "/collection")
                .then().statusCode(403).body("type", equalTo("urn:councilkpi:problem:forbidden"));
        Keys.as(Keys.TEST_ADMIN_KEY).queryParam("plan", "NO SUCH PLAN").when()
                .get("/api/v1/periods/" + PERIOD + "/collection").then().statusCode(404);
    }
}
