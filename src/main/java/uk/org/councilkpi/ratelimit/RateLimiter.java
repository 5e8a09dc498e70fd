package uk.org.councilkpi.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * One token bucket (Bucket4j) per caller: {@code councilkpi.rate-limit.burst} requests at once, refilled at
 * {@code councilkpi.rate-limit.requests-per-minute}, spread evenly over the minute. Buckets are held in a Caffeine
 * cache bounded by {@code councilkpi.rate-limit.max-callers}; an idle bucket is dropped once it would have refilled,
 * since a new one, full, is the same.
 */
@ApplicationScoped
public class RateLimiter {

    /** What taking one request from a caller's bucket gave. */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    private final Bandwidth bandwidth;
    private final RateLimitClock clock;
    private final Cache<Caller, Bucket> buckets;

    public RateLimiter(RateLimitConfig config, RateLimitClock clock) {
        this.clock = clock;
        long capacity = config.capacity();
        this.bandwidth = Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(config.requestsPerMinute(), Duration.ofMinutes(1))
                .build();
        Duration refilled = Duration.ofMillis(Math.max(1_000, ceilDiv(capacity * 60_000, config.requestsPerMinute())));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxCallers())
                .expireAfterAccess(refilled)
                .build();
    }

    /** Takes one request from the caller's bucket, if there is one left. */
    Decision take(Caller caller) {
        Bucket bucket = buckets.get(caller, c -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, bandwidth.getCapacity(), probe.getRemainingTokens(), 0);
        }
        long seconds = Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
        return new Decision(false, bandwidth.getCapacity(), 0, seconds);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Forgets every caller: all start again from a full bucket. */
    public void reset() {
        buckets.invalidateAll();
    }
}
