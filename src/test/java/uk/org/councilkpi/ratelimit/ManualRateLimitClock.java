package uk.org.councilkpi.ratelimit;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A rate-limit clock that stands still until a test moves it on (enabled by {@link RateLimitTest.SmallLimit}). */
@Alternative
@Singleton
public class ManualRateLimitClock extends RateLimitClock {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
