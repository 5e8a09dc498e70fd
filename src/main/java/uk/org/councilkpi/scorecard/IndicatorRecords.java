package uk.org.councilkpi.scorecard;

import java.time.Instant;
import java.util.HashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import uk.org.councilkpi.comparator.PeriodComparator;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.override.RagOverride;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.DirectionCalculator;
import uk.org.councilkpi.status.DirectionOfTravel;
import uk.org.councilkpi.status.RagCalculator;
import uk.org.councilkpi.status.RagStatus;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.Targets;
import uk.org.councilkpi.target.Target;
import uk.org.councilkpi.value.IndicatorValue;
import uk.org.councilkpi.value.Suppression;

/**
 * What is loaded of one indicator for a read, by period, and the glue that hands it to the pure rules
 * ({@link RagCalculator}, {@link DirectionCalculator}). Nothing here decides a rating.
 */
final class IndicatorRecords {

    final Indicator indicator;
    final Map<String, IndicatorValue> values = new HashMap<>();
    final Map<String, Target> targets = new HashMap<>();
    final Map<String, RagOverride> overrides = new HashMap<>();
    final Map<String, PeriodComparator> comparators = new HashMap<>();

    IndicatorRecords(Indicator indicator) {
        this.indicator = indicator;
    }

    /**
     * Drops the figures and officers' ratings of every period not in {@code published}: what a viewer or partner
     * reads is built from published figures only, so nothing computed (RAG, direction, counts) comes from a draft.
     */
    void keepOnly(Set<String> published) {
        values.keySet().retainAll(published);
        overrides.keySet().retainAll(published);
    }

    /**
     * Shows every figure that has been suppressed (see {@link Suppression}) as SUPPRESSED, for a viewer's read of the
     * past: whatever instant is asked for, a suppressed number never comes back.
     */
    void hideSuppressed(Map<String, Suppression> suppressions) {
        values.replaceAll((period, v) -> {
            Suppression s = suppressions.get(Suppression.key(indicator.id, period));
            return s == null || !s.hides(v) ? v
                    : v.suppressed(s.currentVersion() != null && s.currentVersion() == v.version);
        });
    }

    /** When anything shown of this indicator last changed: its definition, figures, targets, ratings, comparators. */
    Instant lastUpdated() {
        Instant latest = indicator.updatedAt;
        for (IndicatorValue v : values.values()) {
            latest = later(latest, v.enteredAt);
        }
        for (Target t : targets.values()) {
            latest = later(latest, t.updatedAt);
        }
        for (RagOverride o : overrides.values()) {
            latest = later(latest, o.setAt);
        }
        for (PeriodComparator c : comparators.values()) {
            latest = later(latest, c.updatedAt);
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** The computed status of one period's figure. */
    record Evaluation(StatusView.TargetView target, StatusView.RagView rag, StatusView.OverrideView override,
                      StatusView.DirectionView direction) {
    }

    Evaluation evaluate(Period period, DirectionBasis requestedBasis) {
        Optional<Target> target = targetFor(period);
        IndicatorValue value = values.get(period.code());
        RagStatus rag = RagCalculator.rate(Optional.ofNullable(value).map(IndicatorValue::reading),
                indicator.polarity, target.map(Target::spec).orElse(TargetSpec.NONE),
                target.map(t -> t.toleranceOr(indicator.tolerance())).orElse(indicator.tolerance()),
                indicator.presentation());
        DirectionBasis basis = requestedBasis == null ? indicator.directionBasis : requestedBasis;
        Period earlier = basis.earlierThan(period);
        IndicatorValue before = values.get(earlier.code());
        DirectionOfTravel direction = DirectionCalculator.compare(
                Optional.ofNullable(value).map(IndicatorValue::reading),
                Optional.ofNullable(before).map(IndicatorValue::reading), earlier.code(),
                indicator.polarity, indicator.sameBand(), indicator.presentation());
        return new Evaluation(StatusView.TargetView.of(target.orElse(null)), StatusView.RagView.of(rag),
                StatusView.OverrideView.of(overrides.get(period.code())),
                StatusView.DirectionView.of(basis, earlier.code(), direction));
    }

    Optional<Target> targetFor(Period period) {
        return Targets.applicablePeriods(period).stream()
                .map(p -> targets.get(p.code()))
                .filter(t -> t != null)
                .findFirst();
    }

    /** The period's comparators, else its financial year's. */
    Optional<PeriodComparator> comparatorFor(Period period) {
        return Targets.applicablePeriods(period).stream()
                .map(p -> comparators.get(p.code()))
                .filter(c -> c != null)
                .findFirst();
    }
}
