package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The direction-of-travel rule of {@code shared/domain.md}, computed on every read.
 *
 * <ul>
 *   <li>Either figure without a usable number (missing, not available, suppressed): not comparable.
 *       A suppressed figure's number is never looked at.</li>
 *   <li>Movement: UP, DOWN, or UNCHANGED on exact equality.</li>
 *   <li>Performance: SAME when the change is within the "broadly the same" band (measured from the
 *       earlier figure; by default the band is empty, so only equality is the same); otherwise BETTER
 *       or WORSE by polarity. With no polarity, the movement is shown and the performance is not
 *       comparable.</li>
 * </ul>
 */
public final class DirectionCalculator {

    private DirectionCalculator() {
    }

    public static DirectionOfTravel compare(Optional<Reading> current, Optional<Reading> earlier, String earlierLabel,
                                            Polarity polarity, Tolerance sameBand, Presentation presentation) {
        Optional<BigDecimal> now = current.flatMap(Reading::usableNumber);
        if (now.isEmpty()) {
            return notComparable(DirectionReason.NO_VALUE, "No figure to compare: N/A");
        }
        Optional<BigDecimal> before = earlier.flatMap(Reading::usableNumber);
        if (before.isEmpty()) {
            String why = earlier.map(r -> " (" + r.state().name().toLowerCase().replace('_', ' ') + ")").orElse("");
            return notComparable(DirectionReason.NO_EARLIER_VALUE,
                    "No figure for " + earlierLabel + why + " to compare with: N/A");
        }
        BigDecimal change = now.get().subtract(before.get());
        Movement movement = switch (change.signum()) {
            case 1 -> Movement.UP;
            case -1 -> Movement.DOWN;
            default -> Movement.UNCHANGED;
        };
        String head = presentation.format(now.get()) + " against " + presentation.format(before.get())
                + " in " + earlierLabel + ": ";
        String moved = movement == Movement.UNCHANGED ? "unchanged"
                : (movement == Movement.UP ? "up " : "down ") + Figures.difference(change, presentation.unit());
        if (change.signum() == 0) {
            return new DirectionOfTravel(movement, Performance.SAME, DirectionReason.COMPARED, head + moved);
        }
        if (change.abs().compareTo(sameBand.widthAround(before.get())) <= 0) {
            return new DirectionOfTravel(movement, Performance.SAME, DirectionReason.COMPARED,
                    head + moved + ", broadly the same (within " + sameBand.describe(presentation.unit()) + ")");
        }
        if (polarity == Polarity.NONE) {
            return new DirectionOfTravel(movement, Performance.NOT_COMPARABLE, DirectionReason.NO_POLARITY,
                    head + moved + "; no polarity, so not judged better or worse");
        }
        boolean better = (movement == Movement.UP) == (polarity == Polarity.HIGHER_IS_BETTER);
        return new DirectionOfTravel(movement, better ? Performance.BETTER : Performance.WORSE,
                DirectionReason.COMPARED, head + moved + (better ? ", better" : ", worse"));
    }

    private static DirectionOfTravel notComparable(DirectionReason reason, String explanation) {
        return new DirectionOfTravel(Movement.NOT_COMPARABLE, Performance.NOT_COMPARABLE, reason, explanation);
    }
}
