package uk.org.councilkpi.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.councilkpi.support.ApiFixtures.MALFORMED_BODY;
import static uk.org.councilkpi.support.ApiFixtures.MALFORMED_PERIODS;
import static uk.org.councilkpi.support.ApiFixtures.MALFORMED_REFS;
import static uk.org.councilkpi.support.ApiFixtures.assertInvalid;
import static uk.org.councilkpi.support.ApiFixtures.assertNotFound;
import static uk.org.councilkpi.support.ApiFixtures.assertProblem;
import static uk.org.councilkpi.support.ApiFixtures.countAllRows;
import static uk.org.councilkpi.support.ApiFixtures.countRows;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.decoded;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.send;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.councilkpi.support.ApiFixtures.Json;

/**
 * Bad input to the four per-period sub-resources of an indicator (targets, figures, overrides, comparators), checked
 * once for all four: a malformed period or ref in the path, an unknown ref, a malformed, missing or non-JSON body.
 * Each answers a problem naming what was wrong, and nothing is written. What each kind accepts in its body is tested
 * by its own resource test. Refs start "PPB".
 * <p>
 * One run per kind and rule; the cases of a rule (every method, every malformed value) are all checked within it, and
 * every case that fails is reported by name.
 */
@QuarkusTest
class PerPeriodBadInputTest {

    static final String PREFIX = "PPB";
    private static final List<String> METHODS = List.of("GET", "PUT", "DELETE");
    /** {@code LIST} is a GET of the kind's collection ({@code /indicators/{ref}/targets}). */
    private static final List<String> METHODS_AND_LIST = List.of("LIST", "GET", "PUT", "DELETE");

    @Inject
    AgroalDataSource db;

    /**
     * A per-period sub-resource: its path segment and table, the period the tests use, a body it accepts, a body
     * that is not JSON, and a body in another media type.
     */
    record Kind(String segment, String table, String period, Json valid, String malformedJson, ContentType otherType,
                String otherBody) {

        /** The path of one period's record. */
        String at(String ref, String period) {
            return path(ref, segment, period);
        }

        /** The path a method is sent to: the collection for {@code LIST}, else the record of the tests' period. */
        String pathFor(String method, String ref) {
            return method.equals("LIST") ? path(ref, segment) : at(ref, period);
        }

        /** What a request sends: the valid body for a PUT, nothing otherwise. */
        Json body(String method) {
            return method.equals("PUT") ? valid : null;
        }

        @Override
        public String toString() {
            return segment;
        }
    }

    static Stream<Kind> kinds() {
        Json target = json().with("text", "<20%").with("updatedBy", "performance.team");
        Json figure = json().with("number", 1).with("enteredBy", "performance.team");
        Json rating = json().with("rating", "RED").with("reason", "The annual target is still on course")
                .with("setBy", "performance.officer");
        Json averages = json().with("statNeighbourAverage", 22.1).with("statNeighbourNote", "2016 figure")
                .with("nationalAverage", 21.9).with("nationalNote", "England");
        return Stream.of(
                new Kind("targets", "target", "2017-18", target, "{\"text\": \"<20%\", ", ContentType.TEXT,
                        target.toString()),
                new Kind("values", "indicator_value", "2017-18-Q2", figure, "{\"number\": 20 \"enteredBy\": \"x\"}",
                        ContentType.XML, "<value><number>1</number></value>"),
                new Kind("overrides", "rag_override", "2017-18-Q2", rating, "{\"rating\": RED}", ContentType.TEXT,
                        rating.toString()),
                new Kind("comparators", "comparator", "2017-18-Q2", averages, "{\"nationalAverage\": 21.9,}",
                        ContentType.TEXT, averages.toString()));
    }

    /** Checks every case, then fails naming each case that failed (not only the first). */
    private static <T> void each(Stream<T> cases, Function<T, String> name, Consumer<T> check) {
        assertAll(cases.map(c -> () -> {
            try {
                check.accept(c);
            } catch (AssertionError e) {
                throw new AssertionError(name.apply(c) + ": " + e.getMessage(), e);
            }
        }));
    }

    private static <A, B> Stream<List<Object>> pairs(List<A> first, List<B> second) {
        return first.stream().flatMap(a -> second.stream().map(b -> List.<Object>of(a, b)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldRejectAMalformedPeriodInThePathAndWriteNothing(Kind kind) {
        String ref = createIndicator(PREFIX);

        each(pairs(METHODS, MALFORMED_PERIODS), pair -> pair.get(0) + " " + pair.get(1), pair -> {
            String method = (String) pair.get(0);
            String period = (String) pair.get(1);

            assertInvalid(send(method, kind.at(ref, period), kind.body(method)).then(), kind.at(ref, period),
                    "period")
                    .body("errors[0].message", containsString(period));

            assertEquals(0, countRows(db, kind.table(), ref));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldRejectAMalformedRefInThePathAndWriteNothing(Kind kind) {
        each(pairs(METHODS_AND_LIST, MALFORMED_REFS), pair -> pair.get(0) + " " + pair.get(1), pair -> {
            String method = (String) pair.get(0);
            String path = kind.pathFor(method, (String) pair.get(1));
            long rows = countAllRows(db, kind.table());

            assertInvalid(send(method, path, kind.body(method)).then(), decoded(path), "ref");

            assertEquals(rows, countAllRows(db, kind.table()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldAnswer404ProblemForAnUnknownRefAndWriteNothing(Kind kind) {
        each(METHODS_AND_LIST.stream(), method -> method, method -> {
            String ref = uniqueRef(PREFIX);
            String path = kind.pathFor(method, ref);
            long rows = countAllRows(db, kind.table());

            assertNotFound(send(method, path, kind.body(method)).then(), path)
                    .body("detail", containsString(ref));

            assertEquals(rows, countAllRows(db, kind.table()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldRejectMalformedJsonAndWriteNothing(Kind kind) {
        String ref = createIndicator(PREFIX);

        assertProblem(given().contentType(ContentType.JSON).body(kind.malformedJson())
                .when().put(kind.at(ref, kind.period())).then(), 400, MALFORMED_BODY, kind.at(ref, kind.period()))
                .body("title", equalTo("Malformed request body"));

        assertEquals(0, countRows(db, kind.table(), ref));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldRejectAMissingBodyNamingTheBodyAndWriteNothing(Kind kind) {
        String ref = createIndicator(PREFIX);

        each(Stream.of("", "null", "[]"), body -> "body '" + body + "'", body -> {
            assertInvalid(given().contentType(ContentType.JSON).body(body)
                    .when().put(kind.at(ref, kind.period())).then(), kind.at(ref, kind.period()), "body");

            assertEquals(0, countRows(db, kind.table(), ref));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldAnswer415ProblemForAnotherContentTypeAndWriteNothing(Kind kind) {
        String ref = createIndicator(PREFIX);

        assertProblem(given().contentType(kind.otherType()).body(kind.otherBody())
                .when().put(kind.at(ref, kind.period())).then(), 415, "urn:councilkpi:problem:unsupported-media-type",
                kind.at(ref, kind.period()));

        assertEquals(0, countRows(db, kind.table(), ref));
    }
}
