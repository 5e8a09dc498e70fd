package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The traffic-light rule of {@code shared/domain.md}, computed on every read.
 *
 * <ul>
 *   <li>No target, or a target of "N/A": not rated, {@code NO_TARGET}.</li>
 *   <li>A single-figure target on a measure with no polarity: not rated, {@code NO_POLARITY}. A range,
 *       a bound or an exact target needs no polarity.</li>
 *   <li>No figure, or a state without a number: not rated, {@code NO_VALUE}; a suppressed figure:
 *       not rated, {@code SUPPRESSED}, and its number is never looked at.</li>
 *   <li>Met (bounds inclusive: 20% meets "&lt;20%"): GREEN.</li>
 *   <li>Missed by no more than the tolerance, measured from the edge missed (15% of 300 for a figure
 *       above "260-300"): AMBER.</li>
 *   <li>Missed by more: RED. With no tolerance every miss is RED.</li>
 * </ul>
 */
public final class RagCalculator {

    private RagCalculator() {
    }

    public static RagStatus rate(Optional<Reading> reading, Polarity polarity, TargetSpec target,
                                 Tolerance tolerance, Presentation presentation) {
        if (target.form() == TargetForm.NONE) {
            return new RagStatus(Rag.NOT_RATED, RagReason.NO_TARGET, "No target: not rated");
        }
        Optional<TargetSpec.Band> band = target.acceptable(polarity);
        if (band.isEmpty()) {
            return new RagStatus(Rag.NOT_RATED, RagReason.NO_POLARITY,
                    "Target " + Figures.natural(target.value(), presentation.unit())
                            + " but no polarity to say which side is better: not rated");
        }
        if (reading.isPresent() && reading.get().state() == ValueState.SUPPRESSED) {
            return new RagStatus(Rag.NOT_RATED, RagReason.SUPPRESSED, "Figure suppressed: not rated");
        }
        Optional<BigDecimal> number = reading.flatMap(Reading::usableNumber);
        if (number.isEmpty()) {
            String why = reading.map(r -> "No figure (" + r.state().name().toLowerCase().replace('_', ' ') + ")")
                    .orElse("No figure");
            return new RagStatus(Rag.NOT_RATED, RagReason.NO_VALUE, why + ": not rated");
        }
        BigDecimal x = number.get();
        String figure = presentation.format(x);
        String against = target.describe(polarity, presentation.unit());
        Optional<TargetSpec.Miss> miss = band.get().miss(x);
        if (miss.isEmpty()) {
            String verb = target.form() == TargetForm.RANGE ? " within " : " against ";
            return new RagStatus(Rag.GREEN, RagReason.MET, figure + verb + against + ": met");
        }
        TargetSpec.Miss m = miss.get();
        String by = m.edge().signum() == 0
                ? Figures.difference(m.distance(), presentation.unit())
                : Figures.percentOf(m.distance(), m.edge());
        String where = figure + " is " + by + (m.above() ? " above " : " below ")
                + (target.form() == TargetForm.RANGE ? against : "the " + against.substring(2));
        if (tolerance.isNone()) {
            return new RagStatus(Rag.RED, RagReason.MISSED_BEYOND_TOLERANCE, where + ": red (no amber tolerance)");
        }
        String tol = tolerance.describe(presentation.unit());
        if (m.distance().compareTo(tolerance.widthAround(m.edge())) <= 0) {
            return new RagStatus(Rag.AMBER, RagReason.MISSED_WITHIN_TOLERANCE,
                    where + ": amber within " + tol + " tolerance");
        }
        return new RagStatus(Rag.RED, RagReason.MISSED_BEYOND_TOLERANCE, where + ": red, beyond " + tol + " tolerance");
    }
}
