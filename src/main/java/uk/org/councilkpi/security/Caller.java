package uk.org.councilkpi.security;

import java.time.Instant;

/** Who a valid key belongs to, as looked up for a request. */
public record Caller(long keyId, String client, Role role, Instant lastUsedAt) {
}
