package uk.org.councilkpi.indicator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.org.councilkpi.period.Period;

class FrequencyTest {

    @Test
    void shouldExpectAnAnnualIndicatorForItsYearOnly() {
        assertTrue(Frequency.ANNUAL.expectsReturnFor(Period.parse("2024-25")));
        assertFalse(Frequency.ANNUAL.expectsReturnFor(Period.parse("2024-25-Q1")));
        assertFalse(Frequency.ANNUAL.expectsReturnFor(Period.parse("2024-25-Q4")));
    }

    @ParameterizedTest
    @EnumSource(value = Frequency.class, names = "ANNUAL", mode = EnumSource.Mode.EXCLUDE)
    void shouldExpectEveryOtherFrequencyInEachQuarterAndForTheYear(Frequency frequency) {
        assertTrue(frequency.expectsReturnFor(Period.parse("2024-25-Q1")));
        assertTrue(frequency.expectsReturnFor(Period.parse("2024-25")));
    }
}
