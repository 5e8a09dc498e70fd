package uk.org.councilkpi.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The choice between JSON and CSV by the Accept header's ranges, and the attachment's file name. */
class JsonOrCsvTest {

    private static MediaType range(String type, String subtype, String q) {
        return q == null ? new MediaType(type, subtype) : new MediaType(type, subtype, Map.of("q", q));
    }

    @Test
    void shouldAnswerJsonUnlessCsvIsPreferred() {
        assertFalse(JsonOrCsv.prefersCsv(List.of()), "no Accept");
        assertFalse(JsonOrCsv.prefersCsv(List.of(range("*", "*", null))));
        assertFalse(JsonOrCsv.prefersCsv(List.of(range("application", "*", null), range("text", "csv", "0.9"))));
        assertTrue(JsonOrCsv.prefersCsv(List.of(range("text", "csv", null))));
        assertTrue(JsonOrCsv.prefersCsv(List.of(range("text", "*", null))));
        assertTrue(JsonOrCsv.prefersCsv(List.of(range("text", "csv", null), range("*", "*", null))),
                "named more specifically at the same quality");
        assertTrue(JsonOrCsv.prefersCsv(List.of(range("application", "json", "0.5"), range("text", "csv", null))));
        assertFalse(JsonOrCsv.prefersCsv(List.of(range("text", "csv", "0"), range("*", "*", null))),
                "excluded by q=0 even though */* would take it");
    }

    @Test
    void shouldRefuseWhenNeitherIsAcceptable() {
        assertThrows(NotAcceptableException.class, () -> JsonOrCsv.prefersCsv(List.of(range("application", "xml", null))));
        assertThrows(NotAcceptableException.class, () -> JsonOrCsv.prefersCsv(
                List.of(range("text", "csv", "0"), range("application", "json", "0"))));
    }

    @Test
    void shouldMakeTheFileNameSafe() {
        assertEquals("scorecard-2017-18-Q2.csv", JsonOrCsv.filename("scorecard-2017-18-Q2"));
        assertEquals("history-SCS_CYP07.csv", JsonOrCsv.filename("history-SCS CYP07"));
        assertEquals("history-1.5.csv", JsonOrCsv.filename("history-1.5"));
        assertEquals("history-a__b_.csv", JsonOrCsv.filename("history-a\"/b\\"));
    }
}
