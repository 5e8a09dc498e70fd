package uk.org.councilkpi.status;

import java.util.Optional;

/**
 * Shared fixtures: reads the cells of the seed reports ({@code shared/data/*.csv}) the way the tests'
 * tables copy them, so that a table row looks like the report's row.
 */
final class Reports {

    private Reports() {
    }

    /**
     * The polarity as Cheshire East prints it ("Low is good", "High is good", blank or "N/A"), or as
     * judged for a Halton measure from its meaning ("higher", "lower", "none").
     */
    static Polarity polarity(String printed) {
        if (printed == null || printed.isBlank()) {
            return Polarity.NONE;
        }
        return switch (printed.strip().toLowerCase()) {
            case "low is good", "lower" -> Polarity.LOWER_IS_BETTER;
            case "high is good", "higher" -> Polarity.HIGHER_IS_BETTER;
            case "n/a", "none" -> Polarity.NONE;
            default -> throw new IllegalArgumentException("not a polarity in the reports: " + printed);
        };
    }

    /** A target cell as printed ("&lt;20%", "260-300", "82%", "N/A"); it must be readable. */
    static TargetSpec target(String printed) {
        return TargetText.parse(printed)
                .orElseThrow(() -> new IllegalArgumentException("unreadable target in a test table: " + printed));
    }

    /** A figure with a number, as the rules see it. */
    static Optional<Reading> figure(String number) {
        return Optional.of(Reading.of(number));
    }

    /** A figure without a number (or a suppressed one). */
    static Optional<Reading> without(ValueState state) {
        return Optional.of(Reading.state(state));
    }

    /** A tolerance of that percentage of the target; blank for none. */
    static Tolerance tolerance(String percent) {
        return percent == null || percent.isBlank() ? Tolerance.NONE : Tolerance.percent(percent);
    }

    static Presentation percentUnit(int decimals) {
        return new Presentation(Unit.PERCENT, decimals);
    }

    static Presentation count() {
        return new Presentation(Unit.COUNT, 0);
    }

    static Presentation days() {
        return new Presentation(Unit.DAYS, 0);
    }
}
