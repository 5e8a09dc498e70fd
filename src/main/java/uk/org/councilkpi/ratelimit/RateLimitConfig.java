package uk.org.councilkpi.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.util.OptionalInt;

/** The per-caller rate limit of the API ({@link RateLimitFilter}). */
@ConfigMapping(prefix = "councilkpi.rate-limit")
public interface RateLimitConfig {

    /** Off: no limit, no X-RateLimit headers. */
    @WithDefault("true")
    boolean enabled();

    /** The steady rate each caller is allowed: its bucket refills at this many requests a minute. */
    @WithDefault("600")
    @Min(1)
    int requestsPerMinute();

    /** How many requests a caller may send at once, from a full bucket; unset: {@link #requestsPerMinute()}. */
    OptionalInt burst();

    /**
     * How many callers are tracked at once; past it the least recently seen is forgotten (its next request starts
     * from a full bucket). A caller idle long enough for its bucket to refill is forgotten too, losing nothing.
     */
    @WithDefault("100000")
    @Min(1)
    int maxCallers();

    /**
     * Failed authentications (401) allowed from one address a minute, whatever key it sends. Counted before any key is
     * looked up: once an address has used them up, its requests carrying an Authorization header are answered 429
     * without touching the database, until its bucket refills.
     */
    @WithDefault("30")
    @Min(1)
    int failedAuthenticationsPerMinute();

    /** How many failed authentications an address may have at once; unset: {@link #failedAuthenticationsPerMinute()}. */
    OptionalInt failedAuthenticationBurst();

    /** The bucket's capacity: the burst, or one minute's worth. */
    default long capacity() {
        return burst().orElse(requestsPerMinute());
    }
}
