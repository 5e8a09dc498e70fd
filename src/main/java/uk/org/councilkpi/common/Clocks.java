package uk.org.councilkpi.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The clock that stamps who-entered-when; one place, so that time is passed in, never read inside the rules. */
@ApplicationScoped
public class Clocks {

    /**
     * Ticks in microseconds, the precision of PostgreSQL's {@code timestamptz}: a stamp answered by a write is then
     * the one stored, and every later read shows it unchanged (nanoseconds would be rounded by the database).
     */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
