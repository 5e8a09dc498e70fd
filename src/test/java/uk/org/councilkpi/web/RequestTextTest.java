package uk.org.councilkpi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.problem.FieldError;

class RequestTextTest {

    @Nested
    class ControlCharacters {

        @ParameterizedTest
        @ValueSource(strings = {"\u0000", "a\u0001", "\u001b[31m", "x\u007f", "\u0085", "\u009f", "\r", "\n", "\t"})
        void shouldFindEveryControlCharacter(String text) {
            assertTrue(RequestText.hasControl(text, ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Cheshire East", "£ and é", "\u00a0no-break", "\u2028", "full width \uff1d"})
        void shouldLeavePrintableTextAlone(String text) {
            assertFalse(RequestText.hasControl(text, ""));
        }

        @Test
        void shouldAllowOnlyWhatIsNamed() {
            assertFalse(RequestText.hasControl("line\r\nline\ttab", "\t\r\n"));
            assertTrue(RequestText.hasControl("nul\u0000", "\t\r\n"));
            assertFalse(RequestText.headerHasControl("a\tb"));
            assertTrue(RequestText.headerHasControl("a\nb"));
        }
    }

    @Nested
    class Queries {

        @Test
        void shouldNameTheParameterWithAControlCharacterOrABadEncoding() {
            assertEquals(Optional.of(new FieldError("service", RequestText.CONTROL_MESSAGE)),
                    RequestText.checkQuery("size=1&service=a%00b"));
            assertEquals(Optional.of(new FieldError("directorate", RequestText.ENCODING_MESSAGE)),
                    RequestText.checkQuery("directorate=%zz"));
            assertEquals(Optional.of(new FieldError("directorate", RequestText.ENCODING_MESSAGE)),
                    RequestText.checkQuery("directorate=abc%"));
            assertEquals("query", RequestText.checkQuery("a%00=1").orElseThrow().field());
        }

        @Test
        void shouldNameAPathWithABadEncoding() {
            assertEquals("path", RequestText.checkPath("/api/v1/indicators/1.5%zz").orElseThrow().field());
            assertEquals("path", RequestText.checkPath("/api/v1/indicators/1.5%2").orElseThrow().field());
            assertEquals(Optional.empty(), RequestText.checkPath("/api/v1/indicators/SCS%20CYP07"));
        }

        @Test
        void shouldNameAParameterGivenTwice() {
            assertEquals(Optional.of(new FieldError("basis", RequestText.REPEATED_MESSAGE)),
                    RequestText.checkQuery("basis=PREVIOUS_PERIOD&size=1&basis=garbage"));
            assertEquals(Optional.of(new FieldError("a b", RequestText.REPEATED_MESSAGE)),
                    RequestText.checkQuery("a+b=1&a%20b=2"));
            assertEquals(Optional.of(new FieldError("flag", RequestText.REPEATED_MESSAGE)),
                    RequestText.checkQuery("flag&flag="));
            // The framework reads a name whatever its case: LIMIT is limit given a second time.
            assertEquals(Optional.of(new FieldError("LIMIT", RequestText.REPEATED_MESSAGE)),
                    RequestText.checkQuery("limit=1&LIMIT=3"));
            assertEquals(Optional.empty(), RequestText.checkQuery("basis=A&&x=1&"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"directorate=%85", "directorate=%C0%AF", "directorate=%E2%82", "directorate=%ED%A0%80",
                "directorate=%F4%90%80%80", "directorate=%１１"})
        void shouldRefusePercentEncodingThatIsNotUtf8(String query) {
            assertEquals(Optional.of(new FieldError("directorate", RequestText.ENCODING_MESSAGE)),
                    RequestText.checkQuery(query));
        }

        @Test
        void shouldDecodeUtf8() {
            assertEquals(Optional.of("£ € a+b+"), RequestText.decode("%C2%A3 %e2%82%ac a+b%2B", false));
            assertEquals(Optional.of("a b"), RequestText.decode("a+b", true));
            assertEquals(Optional.of("a+b"), RequestText.decode("a+b", false));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/indicators/X/comparators/%2e%2e", "/api/v1/indicators/X/values/%2E%2E",
                "/api/v1/scorecards/%2e%2e/indicators/1.11", "/api/v1/indicators/X/..", "/api/v1/indicators/X/../",
                "/api/v1/./indicators", "/api/v1/indicators/%2e", "/api/v1/indicators/.%2E/x"})
        void shouldRefuseADotSegment(String path) {
            assertEquals(Optional.of(new FieldError("path", RequestText.DOT_SEGMENT_MESSAGE)),
                    RequestText.checkPath(path));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/indicators/1.5", "/api/v1/indicators/...", "/api/v1/indicators/.x",
                "/api/v1/indicators/x..", "/api/v1/indicators/%2e%2e%2e", "/", "/api/v1/indicators/"})
        void shouldLeaveOtherDotsAlone(String path) {
            assertEquals(Optional.empty(), RequestText.checkPath(path));
        }

        @Test
        void shouldNameAPathThatIsNotUtf8() {
            assertEquals(Optional.of(new FieldError("path", RequestText.ENCODING_MESSAGE)),
                    RequestText.checkPath("/api/v1/indicators/%85"));
        }

        @Test
        void shouldAcceptWellFormedQueries() {
            assertEquals(Optional.empty(), RequestText.checkQuery(null));
            assertEquals(Optional.empty(), RequestText.checkQuery(""));
            assertEquals(Optional.empty(), RequestText.checkQuery("directorate=Cheshire+East%20Children&flag&x="));
            assertEquals(Optional.empty(), RequestText.checkQuery("q=%C2%A3"));
        }
    }

    @Nested
    class Charsets {

        @ParameterizedTest
        @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "text/csv;charset=\"utf-8\"",
                "application/json; charset=utf8"})
        void shouldAcceptUtf8OrNoCharset(String contentType) {
            assertTrue(RequestText.charsetIsUtf8(contentType));
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json; charset=utf-16", "text/csv; charset=ISO-8859-1",
                "application/json;charset=windows-1252"})
        void shouldRefuseAnyOtherCharset(String contentType) {
            assertFalse(RequestText.charsetIsUtf8(contentType));
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json", "text/csv; charset=ISO-8859-1", "application/merge-patch+json",
                "application/problem+json"})
        void shouldTreatJsonAndTextAsText(String contentType) {
            assertTrue(RequestText.isText(contentType));
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=ISO-8859-1",
                "application/octet-stream"})
        void shouldTreatAWorkbookAsBytesWhoseCharsetMeansNothing(String contentType) {
            assertFalse(RequestText.isText(contentType));
        }
    }

    @Test
    void shouldAcceptNothingOnlyWhenEveryTypeNamedHasQualityZero() {
        assertTrue(RequestText.acceptsNothing(List.of("*/*;q=0")));
        assertTrue(RequestText.acceptsNothing(List.of("application/json; q=0.000", "text/csv;Q=0")));
        assertFalse(RequestText.acceptsNothing(List.of("application/json;q=0, text/csv")));
        assertFalse(RequestText.acceptsNothing(List.of("application/json;q=0.5")));
        assertFalse(RequestText.acceptsNothing(List.of()));
        assertFalse(RequestText.acceptsNothing(List.of("text/html;level=0")));
    }

    @Test
    void shouldRefuseAnEmptySegmentButNotATrailingSlash() {
        assertEquals(Optional.of(new FieldError("path", RequestText.EMPTY_SEGMENT_MESSAGE)),
                RequestText.checkPath("/api/v1//indicators/X"));
        assertEquals(Optional.of(new FieldError("path", RequestText.EMPTY_SEGMENT_MESSAGE)),
                RequestText.checkPath("/api/v1/indicators/X//comparators"));
        assertEquals(Optional.empty(), RequestText.checkPath("/api/v1/indicators/X/"));
        assertEquals(Optional.empty(), RequestText.checkPath("/"));
    }
}
