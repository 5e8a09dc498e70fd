package uk.org.councilkpi.ratelimit;

import uk.org.councilkpi.security.ApiKeys;

/**
 * Who a request counts against: the API key it carries ({@code Authorization: Bearer <key>}), known only by its
 * SHA-256 so that no key is kept in memory, or else the address it came from (an anonymous caller).
 * <p>
 * The key is not verified here: the limit runs before authentication, so that failed attempts are limited too. A
 * client sending a different made-up token with each request has a fresh bucket every time, so failed
 * authentications are also counted against the address ({@link #address}), which the limiter checks first.
 */
record Caller(String id) {

    static Caller of(String authorization, String remoteAddress) {
        return ApiKeys.bearerToken(authorization)
                .map(token -> new Caller("key:" + ApiKeys.hash(token)))
                .orElseGet(() -> address(remoteAddress));
    }

    /** The caller as its address, whatever key it sends: what failed authentications count against. */
    static Caller address(String remoteAddress) {
        return new Caller("address:" + (remoteAddress == null ? "unknown" : remoteAddress));
    }

}
