package uk.org.councilkpi.status;

/** A computed direction of travel: the movement, the performance, why, and a sentence for a dashboard. */
public record DirectionOfTravel(Movement movement, Performance performance, DirectionReason reason,
                                String explanation) {
}
