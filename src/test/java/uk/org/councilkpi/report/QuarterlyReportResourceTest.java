package uk.org.councilkpi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.readcache.ReadCache;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.support.Keys;

/**
 * The quarterly report through HTTP: Halton's three reports from the demo data set (their printed counts are in the
 * README beside these), and a plan of this class's own in 2045-46 for publication, asAt and statement counts.
 */
@QuarkusTest
class QuarterlyReportResourceTest {

    static final String REPORTS = "/api/v1/reports/";
    private static final String DIRECTORATE = "Quarterly report test directorate";
    private static final String PERIOD = "2045-46-Q1";
    private static String viewer;
    private static String indicator;
    private static Instant beforeProgress;

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ReadCache cache;

    @BeforeEach
    void setUp() {
        if (viewer != null) {
            return;
        }
        viewer = Keys.issue("quarterly report viewer", Role.VIEWER);
        PlanTestData data = new PlanTestData(db);
        long plan = data.plan("QRT 2045-48", DIRECTORATE, "2045-46", "2047-48");
        long priority = data.objective(plan, "QRT P1");
        indicator = uniqueRef("QRT");
        createIndicator(indicatorJson(indicator).with("directorate", DIRECTORATE).with("key", true));
        putAccepted(path(indicator, "targets", "2045-46"), json().with("form", "AT_LEAST").with("value", 50)
                .with("updatedBy", "test"));
        putValue(indicator, PERIOD, 60);
        data.attach(priority, indicator);
        long due = data.milestone(priority, "QRT 1.1", DIRECTORATE, "Ann Officer", null, "2044-45");
        long later = data.milestone(priority, "QRT 1.2", DIRECTORATE, "Ann Officer", null, "2046-47");
        data.milestone(priority, "QRT 1.3", DIRECTORATE, "Ann Officer", null, null);
        data.progress(due, "2044-45-Q4", "ON_COURSE", "last quarter");
        beforeProgress = Instant.now();
        data.progress(due, PERIOD, "UNCERTAIN", "draft commentary 4545");
        data.progress(later, PERIOD, "COMPLETE", null);
    }

    private static JsonPath report(String key, String period, Map<String, ?> query) {
        return Keys.as(key).queryParams(query).when().get(REPORTS + period)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void shouldGiveHaltons2009Q3ReportWithTheCountsTheServiceCanStandBy() {
        JsonPath r = report(viewer, "2009-10-Q3", Map.of("directorate", "Halton Children and Young People"));
        assertEquals(true, r.getBoolean("published"));
        // printed: milestones "Total 21: 16 green, 0 amber, 5 red"; 7 symbols were lost in the conversion
        Map<String, Object> milestones = new java.util.HashMap<>(r.getMap("summary.milestones"));
        assertEquals(Map.ofEntries(Map.entry("onCourse", 14), Map.entry("uncertain", 0), Map.entry("offCourse", 0),
                Map.entry("complete", 0), Map.entry("notDue", 0), Map.entry("notProvided", 0), Map.entry("notKnown", 7),
                Map.entry("noRating", 0), Map.entry("overdue", 11), Map.entry("improved", 0), Map.entry("same", 0),
                Map.entry("worse", 0), Map.entry("notComparable", 21), Map.entry("total", 21)), milestones);
        assertEquals(1, r.getInt("summary.riskControlMeasures.uncertain"));
        assertEquals(3, r.getInt("summary.actions.notKnown"));
        // printed: key indicators 5 (2 green, 1 amber, 2 red); three are in the converted report, their charts lost
        assertEquals(Map.of("red", 0, "amber", 0, "green", 0, "notRated", 3, "total", 3), r.getMap("summary.keyIndicators"));
        assertEquals(Map.of("red", 1, "amber", 0, "green", 1, "notRated", 1, "total", 3),
                r.getMap("summary.keyIndicatorsWithOverrides"));
        // printed: other indicators 7 (0 green, 3 amber, 4 red); computed with Halton's 25% tolerance
        assertEquals(Map.of("red", 6, "amber", 1, "green", 0, "notRated", 0, "total", 7), r.getMap("summary.otherIndicators"));
        assertEquals(List.of("SS 2009-12"), r.getList("plans.ref"));
        assertEquals(List.of("SS 1", "SS 2", "SS 3", "SS 4"), r.getList("plans[0].objectives.ref"));
        assertEquals(List.of("SS 1.1", "SS 1.2", "SS 1.3", "SS 1.4", "SS 1.5", "SS 1.6"),
                r.getList("plans[0].objectives[0].milestones.ref"));
        Map<String, Object> first = r.getMap("plans[0].objectives[0].milestones[0]");
        assertEquals("2009-09-30", first.get("dueDate"));
        assertEquals(true, r.getBoolean("plans[0].objectives[0].milestones[0].progress.overdue"),
                "due September 2009, on course but not complete at the end of December");
        assertEquals("ON_COURSE", r.getString("plans[0].objectives[0].milestones[0].progress.rating"));
        assertEquals("On course: the milestone is on course to be achieved within the appropriate timeframe",
                r.getString("plans[0].objectives[0].milestones[0].progress.meaning"));
        assertEquals("Post holder in place from 1 st September 2009",
                r.getString("plans[0].objectives[0].milestones[0].progress.commentary"));
        assertEquals("NOT_KNOWN", r.getString("plans[0].objectives[1].milestones[0].progress.rating"));
        assertEquals(List.of("SS 2.1", "SS 2.2", "SS 2.3", "SS 2.4", "SS 2.5", "SS 2.6", "SS 2.7", "SS 2.RCM1"),
                r.getList("plans[0].objectives[1].milestones.ref"));
        assertEquals("RISK_CONTROL_MEASURE", r.getString("plans[0].objectives[1].milestones[7].kind"));
        assertEquals(List.of("SS EQ1", "SS EQ2", "SS EQ3"), r.getList("notInAPlan.milestones.ref"));
        assertEquals("OD Specialist Services and all DM's", r.getString("notInAPlan.milestones[0].responsibleOfficer"));
        assertEquals(10, r.getList("notInAPlan.indicators").size());
        assertEquals("AMBER", r.getString("notInAPlan.indicators.find { it.ref == 'NI60' }.rag.rating"));
    }

    @Test
    void shouldCompareEachMilestoneWithThePreviousQuarter() {
        JsonPath r = report(viewer, "2015-16-Q2", Map.of("directorate", "Halton Children and Enterprise"));
        assertEquals(List.of("CED P1", "CED P2", "CED P3"), r.getList("plans[0].objectives.ref"));
        assertEquals(36, r.getInt("summary.milestones.total"));
        String p2 = "plans[0].objectives[1].milestones";
        // CED01a: a tick in Q1 ($\checkmark$) and in Q2
        assertEquals("SAME", r.getString(p2 + ".find { it.ref == 'CED01a' }.progress.direction.direction"));
        assertEquals("on course now, on course the previous quarter: the same",
                r.getString(p2 + ".find { it.ref == 'CED01a' }.progress.direction.explanation"));
        // CED08a: '~' in Q1 (not known), '?' in Q2
        assertEquals("UNCERTAIN", r.getString(p2 + ".find { it.ref == 'CED08a' }.progress.rating"));
        assertEquals("NOT_COMPARABLE", r.getString(p2 + ".find { it.ref == 'CED08a' }.progress.direction.direction"));
        // the measures printed under a priority serve it
        assertTrue(r.getList("plans[0].objectives[0].indicators").size() > 0, "measures attached to CED P1");
        assertEquals(0, r.getList("notInAPlan.milestones").size());
    }

    @Test
    void shouldShowHaltons2024Q1ReportWithItsOfficersAndWhatWasNotProvided() {
        JsonPath r = report(viewer, "2024-25-Q1", Map.of("directorate", "Halton Children's Services"));
        assertEquals(List.of("CYP 2024-27"), r.getList("plans.ref"));
        assertEquals(12, r.getList("plans[0].objectives").size());
        assertEquals("CYP P7", r.getString("plans[0].objectives[6].ref"));
        assertEquals(52, r.getInt("summary.milestones.total"));
        assertEquals(13, r.getInt("summary.milestones.notProvided"));
        assertEquals(39, r.getInt("summary.milestones.notKnown"));
        Map<String, Object> p23 = r.getMap("plans[0].objectives[1].milestones.find { it.ref == 'P2.3' }");
        assertEquals("Jamie Pope", p23.get("responsibleOfficer"));
        assertEquals("NOT_PROVIDED", r.getString("plans[0].objectives[1].milestones.find { it.ref == 'P2.3' }.progress.rating"));
        assertEquals("Information requested, not provided",
                r.getString("plans[0].objectives[1].milestones.find { it.ref == 'P2.3' }.progress.meaning"));
    }

    @Test
    void shouldHideADraftQuartersProgressFromViewersUntilItIsPublished() {
        Map<String, String> plan = Map.of("plan", "QRT 2045-48");
        JsonPath draft = report(viewer, PERIOD, plan);
        assertEquals(false, draft.getBoolean("published"));
        String milestones = "plans[0].objectives[0].milestones";
        assertEquals(3, draft.getList(milestones).size());
        assertEquals((Object) null, draft.get(milestones + "[0].progress.rating"));
        assertEquals((Object) null, draft.get(milestones + "[0].progress.commentary"));
        assertEquals(3, draft.getInt("summary.milestones.noRating"));
        assertEquals("NOT_RATED", draft.getString("plans[0].objectives[0].indicators[0].rag.rating"));
        String body = Keys.as(viewer).queryParams(plan).when().get(REPORTS + PERIOD).asString();
        assertTrue(!body.contains("4545"), "no draft commentary for a viewer");

        JsonPath editor = report(Keys.TEST_ADMIN_KEY, PERIOD, plan);
        assertEquals("UNCERTAIN", editor.getString(milestones + "[0].progress.rating"));
        assertEquals("WORSE", editor.getString(milestones + "[0].progress.direction.direction"), "uncertain after on course");
        assertEquals(true, editor.getBoolean(milestones + "[0].progress.overdue"), "due 2044-45, not complete");
        assertEquals(false, editor.getBoolean(milestones + "[1].progress.overdue"), "complete");
        assertEquals(1, editor.getInt("summary.milestones.noRating"));
        assertEquals(1, editor.getInt("summary.keyIndicators.green"));

        // as the data stood before the quarter's returns: none, even for an editor
        JsonPath before = report(Keys.TEST_ADMIN_KEY, PERIOD, Map.of("plan", "QRT 2045-48", "asAt", beforeProgress.toString()));
        assertEquals(3, before.getInt("summary.milestones.noRating"));

        Keys.as(Keys.TEST_ADMIN_KEY).contentType("application/json; charset=UTF-8").body("{\"note\": \"quarterly report test\"}")
                .when().post("/api/v1/periods/" + PERIOD + "/publish").then().statusCode(200);
        JsonPath published = report(viewer, PERIOD, plan);
        assertEquals(true, published.getBoolean("published"));
        assertEquals("UNCERTAIN", published.getString(milestones + "[0].progress.rating"));
        assertEquals("draft commentary 4545", published.getString(milestones + "[0].progress.commentary"));
        assertEquals("GREEN", published.getString("plans[0].objectives[0].indicators[0].rag.rating"));
    }

    @Test
    void shouldIssueTheSameNumberOfStatementsWhateverTheSize() {
        long small = statementsFor("2045-46-Q2", Map.of("plan", "QRT 2045-48"));
        long halton = statementsFor("2015-16-Q1", Map.of("directorate", "Halton Children and Enterprise"));
        long everything = statementsFor("2015-16-Q1", Map.of());
        assertTrue(small > 0, "the statistics must see the report's statements");
        assertEquals(small, halton, "statements for 3 milestones and 1 indicator, and for 36 milestones and 40 measures");
        assertEquals(small, everything, "statements for a plan and for every directorate");
        assertTrue(everything <= 12, "plans, objectives, milestones, returns, links, published periods and the"
                + " scorecard's six: at most 12, saw " + everything);
        // with no indicator at all the scorecard asks for no figures: fewer, never more
        long milestonesOnly = statementsFor("2024-25-Q1", Map.of("directorate", "Halton Children's Services"));
        assertTrue(milestonesOnly <= small, "52 milestones and no indicator: " + milestonesOnly);
    }

    private long statementsFor(String period, Map<String, String> query) {
        cache.clear();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Keys.as(viewer).queryParams(query).when().get(REPORTS + period).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void shouldPrintTheMilestonesInTheCommitteeDocument() {
        String html = Keys.as(viewer).queryParam("directorate", "Halton Children's Services").accept("text/html")
                .when().get(REPORTS + "2024-25-Q1/document").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Progress against objectives and milestones"), "a milestones section");
        assertTrue(html.contains("Milestones: total 52: 0 on course, 0 uncertain, 0 off course, 0 complete, 0 not due,"
                + " 13 not provided, 39 not known, 0 with no return; 0 overdue."), "the counts");
        assertTrue(html.contains("Children and Young People Plan 2024-27: CYP P2 Improve the stability of care placements."),
                "a priority's heading");
        assertTrue(html.contains("title=\"Information requested, not provided\">Not provided</td>"), "P2.3's rating");
        String scorecardOnly = Keys.as(viewer).queryParam("directorate", "Cheshire East Children and Families")
                .accept("text/html").when().get(REPORTS + "2017-18-Q2/document").then().statusCode(200).extract().asString();
        assertTrue(!scorecardOnly.contains("Progress against objectives and milestones"), "no plan: no milestones section");
    }

    @Test
    void shouldRefuseABadPeriodAndAnUnknownPlan() {
        Keys.as(viewer).when().get(REPORTS + "2045-47").then().statusCode(400)
                .body("type", equalTo("urn:councilkpi:problem:validation"));
        Keys.as(viewer).queryParam("plan", "NO SUCH PLAN").when().get(REPORTS + PERIOD).then().statusCode(404)
                .body("detail", containsString("NO SUCH PLAN"));
        Keys.as(viewer).queryParam("plan", "QRT 2045-48").when().get(REPORTS + "2044-45-Q4").then().statusCode(404)
                .body("detail", containsString("in force in 2044-45-Q4"));
    }

    @Test
    void shouldAnswer304WhileNothingChanged() {
        String etag = Keys.as(viewer).queryParam("plan", "QRT 2045-48").when().get(REPORTS + "2045-46-Q3")
                .then().statusCode(200).extract().header("ETag");
        Keys.as(viewer).queryParam("plan", "QRT 2045-48").header("If-None-Match", etag).when().get(REPORTS + "2045-46-Q3")
                .then().statusCode(304);
    }
}
