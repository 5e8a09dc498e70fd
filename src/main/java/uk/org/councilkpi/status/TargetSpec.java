package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target's figures: one value for {@code VALUE}, {@code AT_LEAST}, {@code AT_MOST} and {@code EXACT},
 * a low and a high for {@code RANGE}, nothing for {@code NONE}.
 */
public record TargetSpec(TargetForm form, BigDecimal value, BigDecimal low, BigDecimal high) {

    public static final TargetSpec NONE = new TargetSpec(TargetForm.NONE, null, null, null);

    public TargetSpec {
        Objects.requireNonNull(form, "form");
        switch (form) {
            case RANGE -> {
                if (low == null || high == null || value != null) {
                    throw new IllegalArgumentException("a RANGE target has a low and a high and no value");
                }
                if (low.compareTo(high) > 0) {
                    throw new IllegalArgumentException("a RANGE target's low must not exceed its high");
                }
            }
            case NONE -> {
                if (value != null || low != null || high != null) {
                    throw new IllegalArgumentException("a NONE target has no figures");
                }
            }
            default -> {
                if (value == null || low != null || high != null) {
                    throw new IllegalArgumentException("a " + form + " target has a value and no low or high");
                }
            }
        }
    }

    public static TargetSpec of(TargetForm form, String value) {
        return new TargetSpec(form, new BigDecimal(value), null, null);
    }

    public static TargetSpec range(String low, String high) {
        return new TargetSpec(TargetForm.RANGE, null, new BigDecimal(low), new BigDecimal(high));
    }

    /**
     * The figures that meet this target, given the indicator's polarity; empty when the target cannot
     * tell better from worse (a {@code VALUE} target on a measure with no polarity, or no target).
     */
    Optional<Band> acceptable(Polarity polarity) {
        return switch (form) {
            case AT_LEAST -> Optional.of(new Band(value, null));
            case AT_MOST -> Optional.of(new Band(null, value));
            case RANGE -> Optional.of(new Band(low, high));
            case EXACT -> Optional.of(new Band(value, value));
            case VALUE -> switch (polarity) {
                case HIGHER_IS_BETTER -> Optional.of(new Band(value, null));
                case LOWER_IS_BETTER -> Optional.of(new Band(null, value));
                case NONE -> Optional.empty();
            };
            case NONE -> Optional.empty();
        };
    }

    /** How the target reads after "against": "a target of at most 20%", "the range 260-300". */
    String describe(Polarity polarity, Unit unit) {
        return switch (form) {
            case RANGE -> "the range " + Figures.range(low, high, unit);
            case AT_LEAST -> "a target of at least " + Figures.natural(value, unit);
            case AT_MOST -> "a target of at most " + Figures.natural(value, unit);
            case EXACT -> "a target of exactly " + Figures.natural(value, unit);
            case VALUE -> switch (polarity) {
                case HIGHER_IS_BETTER -> "a target of at least " + Figures.natural(value, unit);
                case LOWER_IS_BETTER -> "a target of at most " + Figures.natural(value, unit);
                case NONE -> "a target of " + Figures.natural(value, unit);
            };
            case NONE -> "no target";
        };
    }

    /** The figures that meet a target: {@code min} and {@code max} inclusive, null for unbounded. */
    record Band(BigDecimal min, BigDecimal max) {

        /** How far {@code x} lies outside the band, and which edge it missed; empty when inside. */
        Optional<Miss> miss(BigDecimal x) {
            if (min != null && x.compareTo(min) < 0) {
                return Optional.of(new Miss(min.subtract(x), min, false));
            }
            if (max != null && x.compareTo(max) > 0) {
                return Optional.of(new Miss(x.subtract(max), max, true));
            }
            return Optional.empty();
        }
    }

    /** A missed target: by how much, against which edge, and whether the figure is above it. */
    record Miss(BigDecimal distance, BigDecimal edge, boolean above) {
    }
}
