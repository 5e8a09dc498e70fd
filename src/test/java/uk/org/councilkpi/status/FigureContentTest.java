package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Figure unchanged": one definition for the API (in Java) and the import (in SQL). */
class FigureContentTest {

    private static final FigureContent FIGURE = new FigureContent(ValueState.AVAILABLE, new BigDecimal("20"), false,
            true, "July fig", "On course");

    @Test
    void shouldCompareNumbersAsNumbers() {
        assertTrue(FIGURE.sameAs(new FigureContent(ValueState.AVAILABLE, new BigDecimal("20.000000"), false, true,
                "July fig", "On course")));
    }

    @Test
    void shouldSeeEveryFieldChange() {
        for (FigureContent other : List.of(
                new FigureContent(ValueState.SUPPRESSED, new BigDecimal("20"), false, true, "July fig", "On course"),
                new FigureContent(ValueState.AVAILABLE, new BigDecimal("21"), false, true, "July fig", "On course"),
                new FigureContent(ValueState.AVAILABLE, null, false, true, "July fig", "On course"),
                new FigureContent(ValueState.AVAILABLE, new BigDecimal("20"), true, true, "July fig", "On course"),
                new FigureContent(ValueState.AVAILABLE, new BigDecimal("20"), false, false, "July fig", "On course"),
                new FigureContent(ValueState.AVAILABLE, new BigDecimal("20"), false, true, null, "On course"),
                new FigureContent(ValueState.AVAILABLE, new BigDecimal("20"), false, true, "July fig", "Revised"))) {
            assertFalse(FIGURE.sameAs(other), other::toString);
            assertFalse(other.sameAs(FIGURE), other::toString);
        }
    }

    @Test
    void shouldGiveTheImportTheSameFieldsAsColumns() {
        assertEquals(List.of("state", "number", "provisional", "estimated", "note", "commentary"), FigureContent.COLUMNS);
        assertEquals("(v.state, v.number, v.provisional, v.estimated, v.note, v.commentary)", FigureContent.sqlRow("v"));
    }
}
