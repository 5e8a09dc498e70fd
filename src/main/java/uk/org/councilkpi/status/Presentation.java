package uk.org.councilkpi.status;

/** How an indicator's figures are written: unit and decimal places. */
public record Presentation(Unit unit, int decimals) {

    public Presentation {
        if (unit == null || decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("a unit and 0 to 6 decimal places are needed");
        }
    }

    String format(java.math.BigDecimal number) {
        return Figures.format(number, unit, decimals);
    }
}
