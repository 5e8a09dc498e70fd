package uk.org.councilkpi.scorecard;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.Figures;
import uk.org.councilkpi.status.Presentation;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.value.IndicatorValue;

/** A period's figure as a published view shows it: a suppressed figure never shows its number. */
@Schema(name = "Figure", description = "A period's figure as published; state is absent when nothing is recorded,"
        + " and a SUPPRESSED figure never carries its number")
public record FigureView(
        @Schema(examples = "2017-18-Q2") String period,
        @Schema(nullable = true, description = "Absent when no figure is recorded for the period") ValueState state,
        @Schema(nullable = true, examples = "20") BigDecimal number,
        @Schema(description = "The figure as a report prints it", examples = "20.0%") String display,
        @Schema(nullable = true, examples = "July fig") String note,
        boolean provisional,
        boolean estimated) {

    static FigureView of(String period, IndicatorValue v, Presentation presentation) {
        return v == null ? of(period, null, null, null, false, false, presentation)
                : of(period, v.state, v.number, v.note, v.provisional, v.estimated, presentation);
    }

    /** A figure from its parts; no state: nothing recorded. A suppressed figure's number is dropped here. */
    public static FigureView of(String period, ValueState state, BigDecimal number, String note, boolean provisional,
                                boolean estimated, Presentation presentation) {
        if (state == null) {
            return new FigureView(period, null, null, "", null, false, false);
        }
        boolean shown = state == ValueState.AVAILABLE;
        String display = shown ? Figures.format(number, presentation.unit(), presentation.decimals()) : label(state);
        return new FigureView(period, state, shown ? number.stripTrailingZeros() : null, display, note, provisional,
                estimated);
    }

    private static String label(ValueState state) {
        return switch (state) {
            case NOT_YET_AVAILABLE -> "not yet available";
            case SUPPRESSED -> "suppressed";
            case NOT_APPLICABLE -> "N/A";
            case NOT_PROVIDED -> "not provided";
            case AVAILABLE -> throw new IllegalStateException("an available figure has a number");
        };
    }
}
