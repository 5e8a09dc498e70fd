package uk.org.councilkpi.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the API tests share: indicators of their own with unique refs (the demo data set is shared by every test
 * class and is never changed), request bodies, the problem+json assertions and row counts.
 */
public final class ApiFixtures {

    public static final String INDICATORS = "/api/v1/indicators";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static final String VALIDATION = "urn:councilkpi:problem:validation";
    public static final String MALFORMED_BODY = "urn:councilkpi:problem:malformed-body";
    public static final String NOT_FOUND = "urn:councilkpi:problem:not-found";
    public static final String CONFLICT = "urn:councilkpi:problem:conflict";

    /** One character longer than a ref may be. */
    public static final String TOO_LONG_REF = "A".repeat(41);
    /** Period codes that are not periods: the wrong second year, no fifth quarter, a short year, a bare quarter. */
    public static final List<String> MALFORMED_PERIODS = List.of("2017-19", "2017-18-Q5", "17-18", "Q2");

    /** Refs in a path that are not refs, as sent (encoded): too long, and one with a slash in it. */
    public static final List<String> MALFORMED_REFS = List.of(TOO_LONG_REF, "bad%2Fref");

    private static final Set<String> TABLES = Set.of("target", "indicator_value", "rag_override", "comparator");
    /** Tables whose rows a test may count as a whole besides those: what an import writes, and the history it keeps. */
    private static final Set<String> WHOLE_TABLES = Set.of("indicator", "import_batch", "indicator_value_history",
            "target_history");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiFixtures() {
    }

    /** A ref no other test uses: the test class's prefix and a counter ("IRT-7"). */
    public static String uniqueRef(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    public static Json json() {
        return new Json();
    }

    /** The smallest valid indicator definition: every optional field left to its default. */
    public static Json indicatorJson(String ref) {
        return json().with("ref", ref).with("title", "Test indicator " + ref).with("unit", "PERCENT")
                .with("polarity", "LOWER_IS_BETTER");
    }

    /** Creates an indicator with a unique ref through the API; returns the ref. */
    public static String createIndicator(String prefix) {
        return createIndicator(indicatorJson(uniqueRef(prefix)));
    }

    /** Creates this indicator through the API, which must accept it; returns its ref. */
    public static String createIndicator(Json body) {
        given().contentType(ContentType.JSON).body(body.toString())
                .when().post(INDICATORS)
                .then().statusCode(201);
        return (String) body.get("ref");
    }

    /** The path of an indicator or of one of its sub-resources: {@code path("X-1", "values", "2017-18")}. */
    public static String path(String ref, String... segments) {
        return INDICATORS + "/" + ref + (segments.length == 0 ? "" : "/" + String.join("/", segments));
    }

    /**
     * Sends a request as written: the path is not encoded again ("bad%2Fref" stays so), and the body, if any, goes
     * as JSON. {@code LIST} is a GET of the path as given.
     */
    public static Response send(String method, String path, Json body) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body.toString());
        }
        return request.when().request(method.equals("LIST") ? "GET" : method, path);
    }

    /** The path as the server reads it, which problems name as their instance. */
    public static String decoded(String path) {
        return URLDecoder.decode(path, StandardCharsets.UTF_8);
    }

    /** Every pair of one of {@code first} and one of {@code second}, for parameterized tests. */
    public static Stream<Arguments> pairs(List<?> first, List<?> second) {
        return first.stream().flatMap(a -> second.stream().map(b -> Arguments.of(a, b)));
    }

    /** PUTs a body that the API must accept (201 or 200). */
    public static void putAccepted(String path, Json body) {
        given().contentType(ContentType.JSON).body(body.toString())
                .when().put(path)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    public static void putValue(String ref, String period, Object number) {
        putAccepted(path(ref, "values", period), json().with("number", number).with("enteredBy", "test"));
    }

    /** A problem answer: status, media type and the five RFC 9457 members. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type,
            String instance) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(type))
                .body("title", not(emptyOrNullString()))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(instance));
    }

    /** A 400 validation problem naming exactly these fields, each with a message. */
    public static ValidatableResponse assertInvalid(ValidatableResponse response, String instance, String... fields) {
        return assertProblem(response, 400, VALIDATION, instance)
                .body("title", equalTo("Invalid request"))
                .body("errors.field", containsInAnyOrder((Object[]) fields))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }

    public static ValidatableResponse assertNotFound(ValidatableResponse response, String instance) {
        return assertProblem(response, 404, NOT_FOUND, instance).body("title", equalTo("Not found"));
    }

    /** How many indicators have this ref (0 or 1). */
    public static long countIndicators(DataSource db, String ref) {
        return count(db, "select count(*) from indicator where ref = ?", ref);
    }

    /** How many rows of a sub-resource table (target, indicator_value, rag_override, comparator) this ref has. */
    public static long countRows(DataSource db, String table, String ref) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not a sub-resource table: " + table);
        }
        return count(db, "select count(*) from " + table + " t join indicator i on i.id = t.indicator_id"
                + " where i.ref = ?", ref);
    }

    /**
     * All rows of a table of the API (indicator or a sub-resource table), whoever they belong to: to check that a
     * rejected request wrote nowhere. Test classes run one after another, so the count is stable within a test.
     */
    public static long countAllRows(DataSource db, String table) {
        if (!TABLES.contains(table) && !WHOLE_TABLES.contains(table)) {
            throw new IllegalArgumentException("Not a table of the API: " + table);
        }
        return count(db, "select count(*) from " + table);
    }

    private static long count(DataSource db, String sql, Object... params) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count rows with: " + sql, e);
        }
    }

    /** A JSON object built field by field; a field may be set to null, which is not the same as absent. */
    public static final class Json {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Json with(String field, Object value) {
            fields.put(field, value instanceof Json nested ? nested.fields : value);
            return this;
        }

        public Json without(String field) {
            fields.remove(field);
            return this;
        }

        public Object get(String field) {
            return fields.get(field);
        }

        public Json copy() {
            Json copy = new Json();
            copy.fields.putAll(fields);
            return copy;
        }

        @Override
        public String toString() {
            try {
                return MAPPER.writeValueAsString(fields);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
