package uk.org.councilkpi.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.override.RagOverride;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.DirectionOfTravel;
import uk.org.councilkpi.status.Movement;
import uk.org.councilkpi.status.Performance;
import uk.org.councilkpi.status.DirectionReason;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.RagReason;
import uk.org.councilkpi.status.RagStatus;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.target.Target;

/** The computed parts of a scorecard row or a history entry, as the API shows them. */
public final class StatusView {

    private StatusView() {
    }

    @Schema(name = "AppliedTarget", description = "The target the figure was judged against, and the period it was set for")
    public record TargetView(
            @Schema(examples = "2017-18") String period,
            @Schema(examples = "AT_MOST") TargetForm form,
            @Schema(nullable = true, examples = "20") BigDecimal value,
            @Schema(nullable = true) BigDecimal low,
            @Schema(nullable = true) BigDecimal high,
            @Schema(nullable = true, examples = "<20%") String text) {

        static TargetView of(Target t) {
            return t == null ? null : new TargetView(t.period, t.form, strip(t.value), strip(t.low), strip(t.high), t.text);
        }
    }

    @Schema(name = "RagStatus", description = "The traffic light computed from the figure and its target")
    public record RagView(
            @Schema(examples = "GREEN") Rag rating,
            @Schema(examples = "MET") RagReason reason,
            @Schema(examples = "20.0% against a target of at most 20%: met") String explanation) {

        static RagView of(RagStatus s) {
            return new RagView(s.rating(), s.reason(), s.explanation());
        }
    }

    @Schema(name = "RagOverride", description = "An officer's rating, shown beside the computed one, never instead of it")
    public record OverrideView(
            @Schema(examples = "AMBER") Rag rating,
            String reason,
            String setBy,
            Instant setAt) {

        static OverrideView of(RagOverride o) {
            return o == null ? null : new OverrideView(o.rating, o.reason, o.setBy, o.setAt);
        }
    }

    @Schema(name = "DirectionOfTravel", description = "The figure compared with an earlier one")
    public record DirectionView(
            @Schema(examples = "PREVIOUS_PERIOD") DirectionBasis basis,
            @Schema(nullable = true, description = "The period compared with", examples = "2017-18-Q1") String comparedWith,
            @Schema(examples = "DOWN") Movement movement,
            @Schema(examples = "BETTER") Performance performance,
            @Schema(examples = "COMPARED") DirectionReason reason,
            @Schema(examples = "20.0% against 24.0% in 2017-18-Q1: down 4 points, better") String explanation) {

        static DirectionView of(DirectionBasis basis, String comparedWith, DirectionOfTravel d) {
            return new DirectionView(basis, comparedWith, d.movement(), d.performance(), d.reason(), d.explanation());
        }
    }

    private static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }
}
