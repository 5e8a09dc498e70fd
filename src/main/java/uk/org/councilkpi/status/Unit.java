package uk.org.councilkpi.status;

/** What an indicator's figures count, which decides how they are written in explanations. */
public enum Unit {
    PERCENT("%", true),
    COUNT("", false),
    RATE_PER_1000(" per 1,000", false),
    RATE_PER_10000(" per 10,000", false),
    DAYS(" days", false),
    CURRENCY("", false),
    RATIO("", false);

    private final String suffix;
    private final boolean percent;

    Unit(String suffix, boolean percent) {
        this.suffix = suffix;
        this.percent = percent;
    }

    String suffix() {
        return suffix;
    }

    boolean isPercent() {
        return percent;
    }
}
