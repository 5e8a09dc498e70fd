package uk.org.councilkpi.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.org.councilkpi.status.Figures;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.Unit;

/**
 * The words of a chart: its title, axis label, the label beside each point, and the text alternative a screen reader
 * reads ({@code <title>} and {@code <desc>}). Colour is never the only signal: each point's label names its rating.
 */
public final class ChartText {

    private ChartText() {
    }

    public static String title(ChartData data) {
        return data.ref() + " " + data.title();
    }

    /** The value axis: what the figures count, with their unit. */
    public static String axisLabel(Unit unit) {
        return switch (unit) {
            case PERCENT -> "Per cent (%)";
            case COUNT -> "Number";
            case RATE_PER_1000 -> "Rate per 1,000";
            case RATE_PER_10000 -> "Rate per 10,000";
            case DAYS -> "Days";
            case CURRENCY -> "Pounds (£)";
            case RATIO -> "Ratio";
        };
    }

    /** A rating as a word: "Green", "Amber", "Red", "Not rated". */
    public static String word(Rag rating) {
        return rating == Rag.NOT_RATED ? "Not rated" : rating.name().charAt(0) + rating.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The label beside a point: "333 Amber", with "officer's" for an override and "provisional" when flagged. */
    public static String pointLabel(ChartData.Point p) {
        StringBuilder label = new StringBuilder(p.display());
        if (p.rating() != Rag.NOT_RATED) {
            label.append(' ').append(word(p.rating()));
            if (p.overridden()) {
                label.append(" (officer's)");
            }
        }
        if (p.provisional()) {
            label.append(", provisional");
        }
        return label.toString();
    }

    /** What a gap's marker says. */
    public static String gapLabel(ChartData.Gap gap) {
        return switch (gap) {
            case NONE -> "";
            case MISSING -> "no figure";
            case SUPPRESSED -> "suppressed";
            case NOT_YET_AVAILABLE -> "not yet available";
            case NOT_APPLICABLE -> "N/A";
            case NOT_PROVIDED -> "not provided";
        };
    }

    /** The text alternative: every period in order with its figure, rating, target and comparators. */
    public static String description(ChartData data) {
        if (data.points().isEmpty()) {
            return "No published figures to chart for " + title(data) + ".";
        }
        List<String> parts = new ArrayList<>();
        for (ChartData.Point p : data.points()) {
            StringBuilder s = new StringBuilder(p.period()).append(": ");
            if (p.hasValue()) {
                s.append(pointLabel(p));
            } else {
                s.append(gapLabel(p.gap()));
            }
            if (!p.direction().isEmpty()) {
                s.append(", ").append(p.direction());
            }
            if (p.target() != null) {
                s.append(", target ").append(Figures.natural(p.target(), data.unit()));
            } else if (p.targetLow() != null && p.targetHigh() != null) {
                s.append(", target range ").append(natural(p.targetLow(), data.unit())).append(" to ")
                        .append(natural(p.targetHigh(), data.unit()));
            }
            if (p.national() != null) {
                s.append(", national average ").append(natural(p.national(), data.unit()));
            }
            if (p.statNeighbour() != null) {
                s.append(", statistical neighbours ").append(natural(p.statNeighbour(), data.unit()));
            }
            parts.add(s.toString());
        }
        return "Chart of " + title(data) + ", " + axisLabel(data.unit()).toLowerCase(Locale.ROOT) + " by period, "
                + polarityWords(data) + ". " + String.join("; ", parts) + ".";
    }

    private static String polarityWords(ChartData data) {
        return switch (data.polarity()) {
            case HIGHER_IS_BETTER -> "higher is better";
            case LOWER_IS_BETTER -> "lower is better";
            case NONE -> "a context measure";
        };
    }

    private static String natural(BigDecimal n, Unit unit) {
        return Figures.natural(n, unit);
    }
}
