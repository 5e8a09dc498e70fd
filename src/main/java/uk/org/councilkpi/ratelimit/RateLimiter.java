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
 * <p>
 * Beside it, one bucket per address for failed authentications ({@code failed-authentications-per-minute}): a 401
 * takes a token, and an address without any left is refused before its key is looked up, so that invented keys cost
 * no database work and cannot be tried at the request rate. A key that has authenticated within
 * {@link #PROVEN_FOR} is let through all the same ({@link #proven}): the callers behind one address (a council's proxy)
 * are not all locked out by one of them trying invented keys.
 */
@ApplicationScoped
public class RateLimiter {

    /** What taking one request from a caller's bucket gave. */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    private final Bandwidth bandwidth;
    private final RateLimitClock clock;
    private final Cache<Caller, Bucket> buckets;
    private final Bandwidth failureBandwidth;
    private final Cache<Caller, Bucket> failures;
    private final Cache<Caller, Boolean> proven;

    /** How long a key that authenticated stays exempt from its address's failed authentications. */
    static final Duration PROVEN_FOR = Duration.ofMinutes(15);

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
        long failureCapacity = config.failedAuthenticationBurst().orElse(config.failedAuthenticationsPerMinute());
        this.failureBandwidth = Bandwidth.builder()
                .capacity(failureCapacity)
                .refillGreedy(config.failedAuthenticationsPerMinute(), Duration.ofMinutes(1))
                .build();
        this.failures = Caffeine.newBuilder()
                .maximumSize(config.maxCallers())
                .expireAfterAccess(Duration.ofMillis(Math.max(1_000,
                        ceilDiv(failureCapacity * 60_000, config.failedAuthenticationsPerMinute()))))
                .build();
        this.proven = Caffeine.newBuilder()
                .maximumSize(config.maxCallers())
                .expireAfterWrite(PROVEN_FOR)
                .ticker(clock::currentTimeNanos)
                .build();
    }

    /** Records that a key (a key caller) has just authenticated. */
    void authenticated(Caller key) {
        proven.put(key, Boolean.TRUE);
    }

    /** Whether a key authenticated within {@link #PROVEN_FOR}. */
    boolean proven(Caller key) {
        return proven.getIfPresent(key) != null;
    }

    /**
     * Whether an address has used up its failed authentications: the answer to refuse with, or an allowed decision.
     * Looks without taking anything.
     */
    Decision failuresLeft(Caller address) {
        Bucket bucket = failures.getIfPresent(address);
        if (bucket == null) {
            return new Decision(true, failureBandwidth.getCapacity(), failureBandwidth.getCapacity(), 0);
        }
        long available = bucket.getAvailableTokens();
        if (available > 0) {
            return new Decision(true, failureBandwidth.getCapacity(), available, 0);
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return new Decision(false, failureBandwidth.getCapacity(), 0, Math.max(1, ceilDiv(nanos, 1_000_000_000L)));
    }

    /** Counts one failed authentication against an address. */
    void failed(Caller address) {
        failures.get(address, a -> Bucket.builder().addLimit(failureBandwidth).withCustomTimePrecision(clock).build())
                .tryConsume(1);
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
        failures.invalidateAll();
        proven.invalidateAll();
    }
}
