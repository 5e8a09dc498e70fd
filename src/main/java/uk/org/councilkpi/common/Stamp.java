package uk.org.councilkpi.common;

import java.time.Instant;

/**
 * What a write records of itself: who wrote ({@link Audit#actor}, as the database stamps it) and when.
 *
 * @param by the author, as the rows of the write will record it
 * @param at when, by the service's clock
 */
public record Stamp(String by, Instant at) {
}
