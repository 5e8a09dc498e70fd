package uk.org.councilkpi.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.PROBLEM_JSON;
import static uk.org.councilkpi.support.ApiFixtures.VALIDATION;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.countAllRows;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.TargetText;

/**
 * The bulk import through the API and the real database: the Cheshire East figures loaded from a file give the
 * demo's scorecard; a bad batch writes nothing and names its rows; a repeated batch changes nothing. Refs start
 * "IMP-" (copies of the Cheshire East indicators, directorate "Import test CE") or "IRT".
 */
@QuarkusTest
class ImportResourceTest {

    static final String IMPORTS = "/api/v1/imports";
    static final String REJECTED = "urn:councilkpi:problem:import-rejected";
    static final String DEMO_CE = "Cheshire East Children and Families";
    static final String COPY_CE = "Import test CE";
    static final String PREFIX = "IRT";
    static final String HEADER = "ref,period,value,state,target,provisional,estimated,note,commentary\n";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The Cheshire East figures and targets as a CSV for the copies, built once from the demo's API. */
    private static String cheshireEastCsv;
    /** The answer to the first import of that CSV. */
    private static JsonNode cheshireEastFirstImport;

    @Inject
    AgroalDataSource db;

    @Inject
    EntityManager em;

    static ValidatableResponse importCsv(byte[] csv, String... query) {
        var request = given().contentType("text/csv; charset=UTF-8").body(csv);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post(IMPORTS).then();
    }

    static ValidatableResponse importCsv(String csv, String... query) {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8), query);
    }

    static ValidatableResponse importJson(String body, String... query) {
        var request = given().contentType(ContentType.JSON).body(body);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post(IMPORTS).then();
    }

    /** A 400 import-rejected problem naming exactly these "row:column:code" errors, in order. */
    static ValidatableResponse assertRejected(ValidatableResponse response, String... errors) {
        ValidatableResponse r = assertProblem(response, 400, REJECTED, IMPORTS)
                .body("title", equalTo("Import rejected"))
                .body("detail", endsWith("nothing was written"));
        List<Map<String, Object>> rowErrors = r.extract().jsonPath().getList("rowErrors");
        List<String> described = rowErrors.stream()
                .map(e -> e.get("row") + ":" + e.get("column") + ":" + e.get("code")).toList();
        assertEquals(List.of(errors), described);
        rowErrors.forEach(e -> assertTrue(e.get("reason") != null && !e.get("reason").toString().isBlank()));
        return r.body("totalErrors", equalTo(errors.length));
    }

    /** What an import can write, counted as a whole: it must be the same after a rejected one. */
    record Tables(long values, long targets, long batches, long valueHistory, long targetHistory) {
    }

    Tables tables() {
        return new Tables(countAllRows(db, "indicator_value"), countAllRows(db, "target"), countAllRows(db, "import_batch"),
                countAllRows(db, "indicator_value_history"), countAllRows(db, "target_history"));
    }

    long sumOfVersions(String refPrefix) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(sum(v.version), 0) from indicator_value v"
                     + " join indicator i on i.id = v.indicator_id where i.ref like '" + refPrefix + "%'")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the Cheshire East figures, through a file ------------------------------------------------------------

    /** Copies of the 73 demo indicators, refs "IMP-1.5" etc., in directorate "Import test CE"; once per run. */
    static synchronized String cheshireEastCsv() {
        if (cheshireEastCsv != null) {
            return cheshireEastCsv;
        }
        JsonNode page = read(given().queryParam("directorate", DEMO_CE).queryParam("size", 500)
                .when().get("/api/v1/indicators").then().statusCode(200).extract().asString());
        StringBuilder csv = new StringBuilder(HEADER);
        for (JsonNode indicator : page.get("items")) {
            String ref = indicator.get("ref").asText();
            ObjectNode copy = (ObjectNode) indicator.deepCopy();
            copy.put("ref", "IMP-" + ref).put("directorate", COPY_CE);
            copy.remove(List.of("createdAt", "updatedAt", "objectives")); // objectives: read-only, set on the objective
            given().contentType(ContentType.JSON).body(copy.toString()).when().post("/api/v1/indicators")
                    .then().statusCode(201);
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (JsonNode v : read(given().get(path(ref, "values")).then().statusCode(200).extract().asString())) {
                rows.put(v.get("period").asText(), new String[] {"IMP-" + ref, v.get("period").asText(),
                        text(v, "number"), v.get("state").asText(), "", flag(v, "provisional"), flag(v, "estimated"),
                        text(v, "note"), text(v, "commentary")});
            }
            for (JsonNode t : read(given().get(path(ref, "targets")).then().statusCode(200).extract().asString())) {
                String period = t.get("period").asText();
                rows.computeIfAbsent(period, p -> new String[] {"IMP-" + ref, p, "", "", "", "", "", "", ""})[4] =
                        targetText(t);
            }
            rows.values().forEach(cells -> csv.append(String.join(",", Stream.of(cells).map(ImportResourceTest::quoted)
                    .toList())).append('\n'));
        }
        cheshireEastCsv = csv.toString();
        return cheshireEastCsv;
    }

    /**
     * The Cheshire East copies with their figures, imported once (the first test to need them does it); the answer
     * to that first import.
     */
    static synchronized JsonNode cheshireEastImported() {
        String csv = cheshireEastCsv();
        if (cheshireEastFirstImport == null) {
            long started = System.nanoTime();
            String answer = importCsv(csv, "enteredBy", "import.test").statusCode(200).contentType(ContentType.JSON)
                    .extract().asString();
            System.out.printf("Imported the %d Cheshire East rows through the API in %d ms%n", csv.lines().count() - 1,
                    (System.nanoTime() - started) / 1_000_000);
            cheshireEastFirstImport = read(answer);
        }
        return cheshireEastFirstImport;
    }

    /** How many rows of the CSV have a value (figure) and a target. */
    static long[] figuresAndTargets(String csv) {
        long figures = csv.lines().skip(1).filter(l -> !l.split(",", 6)[3].isEmpty()).count();
        long targets = csv.lines().skip(1).filter(l -> !l.split(",", 6)[4].isEmpty()).count();
        return new long[] {figures, targets};
    }

    /** The target as the council wrote it, when that reads back as the same target; else the same target written plainly. */
    private static String targetText(JsonNode t) {
        String form = t.get("form").asText();
        BigDecimal value = decimal(t, "value");
        BigDecimal low = decimal(t, "low");
        BigDecimal high = decimal(t, "high");
        String text = t.hasNonNull("text") ? t.get("text").asText() : null;
        Optional<TargetSpec> read = TargetText.parse(text);
        if (read.isPresent() && read.get().form().name().equals(form) && same(read.get().value(), value)
                && same(read.get().low(), low) && same(read.get().high(), high)) {
            return text;
        }
        return switch (form) {
            case "RANGE" -> low.toPlainString() + "-" + high.toPlainString();
            case "AT_MOST" -> "<=" + value.toPlainString();
            case "AT_LEAST" -> ">=" + value.toPlainString();
            case "EXACT" -> "=" + value.toPlainString();
            case "NONE" -> "N/A";
            default -> value.toPlainString();
        };
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).decimalValue() : null;
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            return "";
        }
        JsonNode value = node.get(field);
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static String flag(JsonNode node, String field) {
        return node.get(field).asBoolean() ? "true" : "";
    }

    private static String quoted(String cell) {
        return cell.isEmpty() ? "" : "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scorecard's rows by ref (the copies' prefix taken off), each with what the rules computed and showed. */
    private static Map<String, JsonNode> scorecardRows(JsonNode scorecard, String prefix) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (JsonNode row : scorecard.get("indicators")) {
            ObjectNode kept = MAPPER.createObjectNode();
            for (String field : List.of("rag", "direction", "current", "quarters", "lastYearOutturn", "target", "commentary",
                    "polarity", "unit")) {
                kept.set(field, row.get(field));
            }
            rows.put(row.get("ref").asText().substring(prefix.length()), kept);
        }
        return rows;
    }

    @Nested
    class CheshireEastFromAFile {

        @Test
        void shouldGiveTheDemosScorecardWhenItsFiguresAreImportedFromACsv() {
            String csv = cheshireEastCsv();
            JsonNode answer = cheshireEastImported();
            long[] expected = figuresAndTargets(csv);
            assertEquals(false, answer.get("dryRun").asBoolean());
            assertTrue(answer.get("batchId").isNumber());
            assertEquals(csv.lines().count() - 1, answer.get("rows").asLong());
            assertEquals(expected[0], answer.at("/values/created").asLong(), "every figure created");
            assertEquals(expected[1], answer.at("/targets/created").asLong(), "every target created");
            assertEquals(0, answer.at("/values/updated").asInt() + answer.at("/values/unchanged").asInt());

            JsonNode demo = read(given().queryParam("directorate", DEMO_CE).get("/api/v1/scorecards/2017-18-Q2")
                    .then().statusCode(200).extract().asString());
            JsonNode imported = read(given().queryParam("directorate", COPY_CE).get("/api/v1/scorecards/2017-18-Q2")
                    .then().statusCode(200).extract().asString());
            assertEquals(demo.get("summary"), imported.get("summary"));
            Map<String, JsonNode> demoRows = scorecardRows(demo, "");
            Map<String, JsonNode> importedRows = scorecardRows(imported, "IMP-");
            assertEquals(73, importedRows.size());
            assertEquals(List.copyOf(demoRows.keySet()), List.copyOf(importedRows.keySet()), "same measures, same order");
            demoRows.forEach((ref, row) -> assertEquals(row, importedRows.get(ref), "row " + ref));
            assertEquals(6, imported.at("/summary/rag/red").asInt());
            assertEquals(7, imported.at("/summary/rag/amber").asInt());
        }

        @Test
        void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
            cheshireEastImported();
            Tables before = tables();
            long versions = sumOfVersions("IMP-");
            int rows = (int) cheshireEastCsv().lines().count() - 1;
            long[] expected = figuresAndTargets(cheshireEastCsv());

            importCsv(cheshireEastCsv(), "enteredBy", "someone.else").statusCode(200)
                    .body("rows", equalTo(rows))
                    .body("values.created", equalTo(0)).body("values.updated", equalTo(0))
                    .body("values.unchanged", equalTo((int) expected[0]))
                    .body("targets.created", equalTo(0)).body("targets.updated", equalTo(0))
                    .body("targets.unchanged", equalTo((int) expected[1]));

            Tables after = tables();
            assertEquals(before.valueHistory(), after.valueHistory(), "no new history of figures");
            assertEquals(before.targetHistory(), after.targetHistory(), "no new history of targets");
            assertEquals(before.values(), after.values());
            assertEquals(before.batches() + 1, after.batches(), "the batch itself is recorded");
            assertEquals(versions, sumOfVersions("IMP-"), "no figure got a new version");
            given().get(path("IMP-1.5", "values", "2017-18-Q2")).then().statusCode(200)
                    .body("enteredBy", equalTo("bootstrap administrator for import.test"));
        }

        @Test
        void shouldWriteNothingAndNameTheRowWhenOneRowOfTheFileIsBad() {
            cheshireEastImported();
            List<String> lines = new ArrayList<>(cheshireEastCsv().lines().toList());
            String changed = changedFigures(lines);
            List<String> withBad = new ArrayList<>(changed.lines().toList());
            int index = 30;
            while (!withBad.get(index).contains(",\"2017-18-Q2\",")) {
                index++;
            }
            withBad.set(index, withBad.get(index).replaceFirst(",\"2017-18-Q2\",", ",\"2017-18-Q7\","));
            int row = index + 1; // the header is row 1
            Tables before = tables();

            assertRejected(importCsv(String.join("\n", withBad) + "\n", "enteredBy", "import.test"),
                    row + ":period:INVALID_PERIOD")
                    .body("detail", equalTo("1 row rejected; nothing was written"))
                    .body("rowErrors[0].value", equalTo("2017-18-Q7"));

            assertEquals(before, tables());
            given().get(path("IMP-1.5", "values", "2017-18-Q2")).then().body("number", equalTo(20));
        }

        @Test
        void shouldCountButWriteNothingOnADryRun() {
            cheshireEastImported();
            Tables before = tables();
            long versions = sumOfVersions("IMP-");
            String changed = changedFigures(cheshireEastCsv().lines().toList());
            long numbers = changed.lines().skip(1).filter(l -> l.split(",", -1)[2].length() > 0).count();

            importCsv(changed, "enteredBy", "import.test", "dryRun", "true").statusCode(200)
                    .body("dryRun", equalTo(true))
                    .body("batchId", nullValue())
                    .body("values.created", equalTo(0))
                    .body("values.updated", equalTo((int) numbers))
                    .body("targets.unchanged", equalTo((int) figuresAndTargets(changed)[1]));

            assertEquals(before, tables());
            assertEquals(versions, sumOfVersions("IMP-"));
            given().get(path("IMP-1.5", "values", "2017-18-Q2")).then().body("number", equalTo(20));
        }

        /** The same file with every number one more. */
        private String changedFigures(List<String> lines) {
            StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 4);
                if (!cells[2].isEmpty()) {
                    String number = cells[2].replace("\"", "");
                    cells[2] = "\"" + new BigDecimal(number).add(BigDecimal.ONE).toPlainString() + "\"";
                }
                out.append(String.join(",", cells)).append('\n');
            }
            return out.toString();
        }
    }

    // --- what the import does ----------------------------------------------------------------------------------

    @Nested
    class Loading {

        @Test
        void shouldCreateUpdateAndKeepUnchangedFiguresAndCountTheSameOnADryRun() {
            String a = createIndicator(PREFIX);
            String b = createIndicator(PREFIX);
            String c = createIndicator(PREFIX);
            importCsv(HEADER + a + ",2017-18-Q1,10,,,,,,\n" + b + ",2017-18-Q1,20,,,,,,\n", "enteredBy", "t").statusCode(200);
            String batch = HEADER + a + ",2017-18-Q1,10,,,,,,\n" + b + ",2017-18-Q1,21,,,true,,,\n"
                    + c + ",2017-18-Q1,,NOT_YET_AVAILABLE,<5%,,,,Due in December\n";
            Tables before = tables();

            for (String dryRun : List.of("true", "false")) {
                importCsv(batch, "enteredBy", "t", "dryRun", dryRun).statusCode(200)
                        .body("rows", equalTo(3))
                        .body("values.created", equalTo(1)).body("values.updated", equalTo(1))
                        .body("values.unchanged", equalTo(1))
                        .body("targets.created", equalTo(1)).body("targets.updated", equalTo(0))
                        .body("targets.unchanged", equalTo(0));
                if (dryRun.equals("true")) {
                    assertEquals(before, tables(), "a dry run writes nothing");
                }
            }
            given().get(path(b, "values", "2017-18-Q1")).then().body("number", equalTo(21))
                    .body("provisional", equalTo(true)).body("version", equalTo(1));
            given().get(path(c, "values", "2017-18-Q1")).then().body("state", equalTo("NOT_YET_AVAILABLE"))
                    .body("commentary", equalTo("Due in December"));
            given().get(path(c, "targets", "2017-18-Q1")).then().body("form", equalTo("AT_MOST")).body("value", equalTo(5))
                    .body("text", equalTo("<5%")).body("updatedBy", equalTo("bootstrap administrator for t"));
        }

        @Test
        void shouldRecordWhoAndWhichBatchOnTheFiguresAndOnTheVersionsTheyEnd() {
            String ref = createIndicator(PREFIX);
            int first = importJson("{\"enteredBy\": \"json.team\", \"rows\": [{\"ref\": \"" + ref
                    + "\", \"period\": \"2017-18-Q2\", \"value\": 20, \"note\": \"July fig\"}]}")
                    .statusCode(200).body("values.created", equalTo(1)).extract().path("batchId");
            given().get(path(ref, "values", "2017-18-Q2")).then()
                    .body("enteredBy", equalTo("bootstrap administrator for json.team")).body("batchId", equalTo(first))
                    .body("note", equalTo("July fig")).body("version", equalTo(0));

            int second = importJson("{\"rows\": [{\"ref\": \"" + ref + "\", \"period\": \"2017-18-Q2\", \"value\": 21.5}]}",
                    "enteredBy", "json.team2").statusCode(200).body("values.updated", equalTo(1)).extract().path("batchId");

            given().get(path(ref, "values", "2017-18-Q2")).then()
                    .body("number", equalTo(21.5f)).body("note", nullValue()).body("version", equalTo(1))
                    .body("enteredBy", equalTo("bootstrap administrator for json.team2")).body("batchId", equalTo(second));
            given().get(path(ref, "values", "2017-18-Q2", "revisions")).then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].number", equalTo(20)).body("[0].batchId", equalTo(first))
                    .body("[0].endedBy", equalTo("bootstrap administrator for json.team2")).body("[0].endedBatchId", equalTo(second));
        }

        @Test
        void shouldAcceptAQuartersTargetAndAValueWithANoteAsTheDemoNeeds() {
            String ref = createIndicator(PREFIX);
            importCsv("Ref,Period,Target,Value,Note,Title\n" + ref + ",2017-18-Q4,=0,,,\n"
                    + ref + ",2017-18-Q2,,\"93\",July fig,\n", "enteredBy", "t").statusCode(200)
                    .body("values.created", equalTo(1)).body("targets.created", equalTo(1));
            given().get(path(ref, "targets", "2017-18-Q4")).then().body("form", equalTo("EXACT")).body("value", equalTo(0));
        }

        @Test
        void shouldRefuseFiguresOfASignedOffPeriodUntilItIsReopened() {
            String ref = createIndicator(PREFIX);
            String period = "2087-88-Q3"; // no other test uses it: the sign-off tests take the 2030s
            given().contentType(ContentType.JSON).body(json().with("by", "head.of.performance").toString())
                    .post("/api/v1/periods/" + period + "/sign-off").then().statusCode(200);
            String csv = HEADER + ref + ",2087-88,,,<20%,,,,\n" + ref + "," + period + ",12,,,,,,\n";
            Tables before = tables();

            assertRejected(importCsv(csv, "enteredBy", "t"), "2:target:PERIOD_SIGNED_OFF", "3:period:PERIOD_SIGNED_OFF")
                    .body("rowErrors[1].value", equalTo(period))
                    .body("rowErrors[1].reason", containsString("reopen"))
                    .body("rowErrors[0].reason", containsString(period)); // the year's target rates the quarter
            assertEquals(before, tables());

            given().contentType(ContentType.JSON).body(json().with("by", "head.of.performance")
                            .with("note", "Figure corrected").toString())
                    .post("/api/v1/periods/" + period + "/reopen").then().statusCode(200);
            importCsv(csv, "enteredBy", "t").statusCode(200).body("values.created", equalTo(1));
        }

        @Test
        void shouldListAtMostAThousandErrorsAndCountThemAll() {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < 1500; i++) {
                csv.append("NO-SUCH-REF-").append(i).append(",2017-18-Q2,1,,,,,,\n");
            }
            assertProblem(importCsv(csv.toString(), "enteredBy", "t"), 400, REJECTED, IMPORTS)
                    .body("totalErrors", equalTo(1500))
                    .body("rowErrors", hasSize(1000))
                    .body("rowErrors[0].row", equalTo(2))
                    .body("rowErrors[999].row", equalTo(1001))
                    .body("rowErrors[0].code", equalTo("UNKNOWN_REF"))
                    .body("detail", equalTo("1000 rows rejected (1500 errors, the first 1000 listed); nothing was written"));
        }

        /** The import's SQL runs on the connection Agroal enlisted in the transaction: the one Hibernate uses. */
        @Test
        void shouldRunOnTheTransactionsOwnConnection() {
            QuarkusTransaction.requiringNew().run(() -> {
                Object hibernate = em.createNativeQuery("select pg_backend_pid()").getSingleResult();
                try (Connection c = db.getConnection(); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select pg_backend_pid()")) {
                    r.next();
                    assertEquals(((Number) hibernate).intValue(), r.getInt(1));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    // --- bad input: each a 4xx problem naming the row, and nothing written ---------------------------------------

    @Nested
    class BadInput {

        @Test
        void shouldRefuseAnEmptyDryRunRatherThanImportForReal() {
            String ref = createIndicator("IMP");
            Tables before = tables();
            importCsv("ref,period,value\n" + ref + ",2017-18-Q2,5\n", "enteredBy", "t", "dryRun", "")
                    .statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("dryRun"));
            importCsv("ref,period,value\n" + ref + ",2017-18-Q2,5\n", "enteredBy", "t", "dryRun", "yes")
                    .statusCode(400).body("errors[0].field", equalTo("dryRun"));
            assertEquals(before, tables());
        }

        static Stream<Arguments> badCsv() {
            byte[] latin1 = ("ref,period,value,note\n{ref},2017-18-Q2,1,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] binary = new byte[2048];
            for (int i = 0; i < binary.length; i++) {
                binary[i] = (byte) (i * 37 + 11);
            }
            return Stream.of(
                    Arguments.of("wrong types", HEADER + "{ref},2017-18-Q2,twenty,,,maybe,,,\n",
                            List.of("2:value:INVALID_NUMBER", "2:provisional:INVALID_FLAG")),
                    Arguments.of("unknown ref", HEADER + "{ref},2017-18-Q2,1,,,,,,\nNO-SUCH-REF,2017-18-Q2,1,,,,,,\n",
                            List.of("3:ref:UNKNOWN_REF")),
                    Arguments.of("duplicate rows", HEADER + "{ref},2017-18-Q2,1,,,,,,\n{ref},2017-18-Q1,1,,,,,,\n"
                            + "{ref}, 2017-18-Q2 ,2,,,,,,\n", List.of("2:ref:DUPLICATE_ROW", "4:ref:DUPLICATE_ROW")),
                    Arguments.of("bad period", HEADER + "{ref},2017-19,1,,,,,,\n", List.of("2:period:INVALID_PERIOD")),
                    Arguments.of("state and value disagree", HEADER + "{ref},2017-18-Q2,4,NOT_APPLICABLE,,,,,\n",
                            List.of("2:value:STATE_MISMATCH")),
                    Arguments.of("unreadable target", HEADER + "{ref},2017-18,,,about twenty,,,,\n",
                            List.of("2:target:INVALID_TARGET")),
                    Arguments.of("a flag without a figure", HEADER + "{ref},2017-18-Q2,,,,true,,,\n",
                            List.of("2:provisional:STATE_MISMATCH")),
                    Arguments.of("empty file", "", List.of("0:null:EMPTY_FILE")),
                    Arguments.of("header only", HEADER, List.of("0:null:NO_ROWS")),
                    Arguments.of("no period column", "ref,value\n{ref},1\n", List.of("1:period:HEADER_MISSING_COLUMN")),
                    Arguments.of("unknown column", "ref,period,value,colour\n{ref},2017-18-Q2,1,red\n",
                            List.of("1:colour:HEADER_UNKNOWN_COLUMN")),
                    Arguments.of("quote left open", HEADER + "{ref},2017-18-Q1,1,,,,,,\n{ref},2017-18-Q2,1,,,,,,\"open\n",
                            List.of("3:commentary:MALFORMED")),
                    Arguments.of("50,000 columns", "ref,period," + "c,".repeat(50_000) + "value\n{ref},2017-18-Q2\n",
                            List.of("1:null:MALFORMED")),
                    Arguments.of("a 600 kB cell", HEADER + "{ref},2017-18-Q2,1,,,,,," + "x".repeat(600_000) + "\n",
                            List.of("2:commentary:TOO_LONG")),
                    Arguments.of("invalid UTF-8", latin1, List.of("2:note:ENCODING")),
                    Arguments.of("a binary file", binary, null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badCsv")
        void shouldRejectABadCsvNamingItsRowsAndWriteNothing(String name, Object body, List<String> errors) {
            String ref = createIndicator(PREFIX);
            byte[] bytes = body instanceof String s ? s.replace("{ref}", ref).getBytes(StandardCharsets.UTF_8)
                    : replace((byte[]) body, ref);
            Tables before = tables();
            ValidatableResponse response = importCsv(bytes, "enteredBy", "t");
            if (errors == null) {
                assertProblem(response, 400, REJECTED, IMPORTS);
            } else {
                assertRejected(response, errors.toArray(String[]::new));
            }
            assertEquals(before, tables());
        }

        private static byte[] replace(byte[] body, String ref) {
            String latin1 = new String(body, StandardCharsets.ISO_8859_1);
            return latin1.replace("{ref}", ref).getBytes(StandardCharsets.ISO_8859_1);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "{\"rows\": [{\"ref\": \"{ref}\", \"period\": \"2017-18-Q2\", \"value\": \"20\"}]}|1:value:INVALID_NUMBER",
                "{\"rows\": [{\"ref\": \"{ref}\", \"period\": \"2017-18-Q2\", \"value\": 20, \"colour\": 1}]}|1:colour:MALFORMED",
                "{\"rows\": [{\"ref\": \"{ref}\", \"period\": \"2017-18-Q2\", \"value\": 20}, {\"ref\": \"{ref}\"|2:null:MALFORMED",
                "{\"rows\": []}|0:rows:NO_ROWS",
                "|0:null:EMPTY_FILE",
                "[1]|0:null:MALFORMED"})
        void shouldRejectABadJsonBatchNamingItsRowsAndWriteNothing(String testCase) {
            String ref = createIndicator(PREFIX);
            String[] parts = testCase.split("\\|");
            Tables before = tables();
            assertRejected(importJson(parts[0].replace("{ref}", ref), "enteredBy", "t"), parts[1]);
            assertEquals(before, tables());
        }

        @Test
        void shouldRequireWhoEntersTheBatch() {
            String ref = createIndicator(PREFIX);
            String csv = HEADER + ref + ",2017-18-Q2,1,,,,,,\n";
            assertInvalid(importCsv(csv), IMPORTS, "enteredBy");
            assertInvalid(importCsv(csv, "enteredBy", "x".repeat(101)), IMPORTS, "enteredBy");
            assertInvalid(importJson("{\"rows\": [{\"ref\": \"" + ref + "\", \"period\": \"2017-18-Q2\", \"value\": 1}]}"),
                    IMPORTS, "enteredBy");
            assertInvalid(importJson("{\"enteredBy\": \"a\", \"rows\": [{\"ref\": \"" + ref
                    + "\", \"period\": \"2017-18-Q2\", \"value\": 1}]}", "enteredBy", "b"), IMPORTS, "enteredBy");
            assertInvalid(importCsv(csv, "enteredBy", "t", "dryRun", "maybe"), IMPORTS, "dryRun");
            given().get(path(ref, "values", "2017-18-Q2")).then().statusCode(404);
        }

        @Test
        void shouldRefuseABodyOverTheLimitWith413() {
            String ref = createIndicator(PREFIX);
            StringBuilder csv = new StringBuilder(HEADER);
            while (csv.length() <= 1024 * 1024) {
                csv.append(ref).append(",2017-18-Q2,1,,,,,,").append("c".repeat(1000)).append('\n');
            }
            Tables before = tables();
            assertProblem(importCsv(csv.toString(), "enteredBy", "t"), 413, "urn:councilkpi:problem:too-large", IMPORTS)
                    .body("detail", containsString("1 MiB"));
            // Without a Content-Length (chunked), the limit applies while the body is read.
            assertProblem(given().contentType("text/csv; charset=UTF-8").queryParam("enteredBy", "t")
                    .body(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)))
                    .when().post(IMPORTS).then(), 413, "urn:councilkpi:problem:too-large", IMPORTS);
            assertEquals(before, tables());
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain", "application/xml", "application/octet-stream", "text/csv; charset=ISO-8859-1"})
        void shouldRefuseAnotherMediaTypeWith415(String type) {
            given().contentType(type).body("ref,period,value\n1.5,2017-18-Q2,20\n".getBytes(StandardCharsets.UTF_8))
                    .queryParam("enteredBy", "t")
                    .when().post(IMPORTS)
                    .then().statusCode(415).contentType(PROBLEM_JSON).body("status", equalTo(415))
                    .body("title", notNullValue());
        }
    }

    // --- the template -------------------------------------------------------------------------------------------

    @Nested
    class Template {

        @Test
        void shouldGiveOneRowPerIndicatorAsAnAttachment() {
            cheshireEastCsv();
            String csv = given().queryParam("period", "2017-18-Q2").queryParam("directorate", COPY_CE)
                    .when().get(IMPORTS + "/template")
                    .then().statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .header("Content-Disposition", equalTo("attachment; filename=\"figures-2017-18-Q2.csv\""))
                    .extract().asString();
            List<String> lines = csv.lines().toList();
            assertEquals("\uFEFFref,title,period,value,state,target,provisional,estimated,note,commentary,unit,"
                    + "current_target,previous_figure,last_year_figure", lines.get(0));
            assertEquals(74, lines.size());
            assertTrue(lines.get(1).startsWith("IMP-1.1,Number of contacts,2017-18-Q2,,,,,,,,COUNT,"), lines.get(1));
            assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
        }

        @Test
        void shouldQuoteTitlesAndLoadOnceFilledIn() {
            String directorate = "Import test template " + uniqueRef(PREFIX);
            String a = createIndicator(indicatorJson(uniqueRef(PREFIX)).with("title", "Children, \"looked after\"")
                    .with("directorate", directorate));
            String b = createIndicator(indicatorJson(uniqueRef(PREFIX)).with("title", "=1+1").with("directorate", directorate));
            String csv = given().queryParam("period", "2017-18").queryParam("directorate", directorate)
                    .when().get(IMPORTS + "/template").then().statusCode(200).extract().asString();
            List<String> lines = csv.lines().toList();
            assertTrue(lines.get(1).startsWith(a + ",\"Children, \"\"looked after\"\"\",2017-18,,,,,,,,PERCENT,"), lines.get(1));
            assertTrue(lines.get(2).startsWith(b + ",'=1+1,2017-18,,,,,,,,"), "a title a spreadsheet would run is made inert");

            String filled = lines.get(0) + "\r\n" + lines.get(1).replace(",2017-18,,,", ",2017-18,12.5,,") + "\r\n"
                    + lines.get(2).replace(",2017-18,,,,", ",2017-18,,,<20%,") + "\r\n";
            importCsv(filled, "enteredBy", "t").statusCode(200)
                    .body("values.created", equalTo(1)).body("targets.created", equalTo(1));
        }

        @Test
        void shouldRequireAPeriod() {
            assertInvalid(given().queryParam("period", "2017-18-Q5").when().get(IMPORTS + "/template").then(),
                    IMPORTS + "/template", "period");
            assertProblem(given().when().get(IMPORTS + "/template").then(), 400, VALIDATION, IMPORTS + "/template");
        }
    }
}
