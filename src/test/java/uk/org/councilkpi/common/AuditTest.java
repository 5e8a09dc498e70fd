package uk.org.councilkpi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a change is recorded as: the authenticated caller, with the name the request states when it differs. */
class AuditTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Performance team loader | j.smith | Performance team loader for j.smith",
            "Performance team loader | Performance team loader | Performance team loader",
            "Performance team loader | null    | Performance team loader",
            "Performance team loader | ''      | Performance team loader",
            "null                    | j.smith | j.smith",
            "null                    | null    | ''"}, delimiter = '|')
    void shouldRecordTheCallerAndTheStatedName(String caller, String stated, String expected) {
        assertEquals(expected, Audit.who(caller, stated));
    }

    @org.junit.jupiter.api.Test
    void shouldKeepWithinTheColumn() {
        assertEquals(Audit.MAX_ACTOR, Audit.who("c".repeat(60), "s".repeat(60)).length());
    }
}
