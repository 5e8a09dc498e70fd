package uk.org.councilkpi.definition;

import java.time.Instant;

/**
 * When a definition is written and by whom, for the version it writes.
 *
 * @param at when (its {@code updatedAt}; also its {@code createdAt} when the write creates it)
 * @param by who, as the database stamps it (its {@code updatedBy}), so that the answer shows it
 */
public record Stamp(Instant at, String by) {

    /** When it was created: as it was, or now for a new one (none yet). */
    public Instant createdAt(Instant existing) {
        return existing == null ? at : existing;
    }
}
