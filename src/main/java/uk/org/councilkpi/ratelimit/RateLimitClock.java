package uk.org.councilkpi.ratelimit;

import io.github.bucket4j.TimeMeter;
import jakarta.inject.Singleton;

/** The time the buckets refill by: the JVM's monotonic clock. A bean, so that a test can drive it instead. */
@Singleton
public class RateLimitClock implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return System.nanoTime();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
