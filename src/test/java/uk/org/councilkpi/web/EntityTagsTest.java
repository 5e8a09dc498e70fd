package uk.org.councilkpi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entity tags as If-Match and If-None-Match compare them, for the read cache and for figures alike. */
class EntityTagsTest {

    @ParameterizedTest(name = "{0} against \"7\": {1}")
    @CsvSource(delimiter = '|', value = {
            "\"7\"           | true",
            "W/\"7\"         | true",
            "\"6\", \"7\"    | true",
            " \"6\" ,W/\"7\" | true",
            "*               | true",
            "\"6\"           | false",
            "7               | false",
            "\"77\"          | false"})
    void shouldMatchAListOfTagsWeakly(String header, boolean expected) {
        assertEquals(expected, EntityTags.matches(header, "7"));
    }

    @ParameterizedTest(name = "{0} against \"7\": {1}")
    @CsvSource(delimiter = '|', value = {
            "\"7\"           | true",
            "W/\"7\"         | false",
            "W/\"7\", \"7\" | true",
            "*               | true",
            "\"6\"           | false"})
    void shouldMatchIfMatchStrongly(String header, boolean expected) {
        assertEquals(expected, EntityTags.matchesStrongly(header, "7"));
    }

    @Test
    void shouldQuoteTheOpaqueValue() {
        assertEquals("\"12\"", EntityTags.quoted(12L));
    }

    @Test
    void shouldLetAWriteWithoutIfMatchGoAheadAndOneWithItOnlyOnTheVersionItNames() {
        assertTrue(IfMatch.ABSENT.allows(null));
        assertTrue(new IfMatch("  ").allows(3L));
        assertTrue(new IfMatch("\"3\"").allows(3L));
        assertFalse(new IfMatch("\"3\"").allows(4L));
        assertFalse(new IfMatch("*").allows(null));
        assertTrue(new IfMatch("*").allows(4L));
        assertFalse(new IfMatch("W/\"3\"").allows(3L));
    }
}
