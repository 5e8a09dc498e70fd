package uk.org.councilkpi.period;

/** A period code that is not a financial year ({@code 2017-18}) or a quarter ({@code 2017-18-Q2}). */
public class InvalidPeriodException extends IllegalArgumentException {

    private final String input;

    public InvalidPeriodException(String input, String reason) {
        super(reason);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
