package uk.org.councilkpi.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a request counts against: the API key it carries ({@code Authorization: Bearer <key>}), known only by its
 * SHA-256 so that no key is kept in memory, or else the address it came from (an anonymous caller).
 * <p>
 * The key is not verified here: the limit runs before authentication, so that failed attempts are limited too.
 * Until keys are checked, a client can send a different made-up token with each request and have a fresh bucket
 * every time; once authentication rejects unknown keys, such requests get 401 and do no work.
 */
record Caller(String id) {

    private static final String BEARER = "Bearer ";

    static Caller of(String authorization, String remoteAddress) {
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            if (!token.isEmpty()) {
                return new Caller("key:" + sha256(token));
            }
        }
        return new Caller("address:" + (remoteAddress == null ? "unknown" : remoteAddress));
    }

    private static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
