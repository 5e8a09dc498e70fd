package uk.org.councilkpi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Making, reading and hashing API keys: plain functions, no framework. The one home of both the bearer parsing and
 * the hash, so that the rate limit ({@code ratelimit.Caller}) and authentication ({@link ApiKeyAuthenticationMechanism})
 * always agree on which key a request carries.
 */
public final class ApiKeys {

    /** Every key starts so, which lets secret scanners and people recognise one. */
    public static final String PREFIX = "ckpi_";
    /** A bootstrap key given by configuration must be at least this long (a generated key is 48 characters). */
    public static final int MIN_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key: the prefix and 256 random bits, base64url. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The scheme of the Authorization header that carries a key (or a single sign-on token). */
    public static final String SCHEME = "Bearer";

    /**
     * The token of an {@code Authorization} header of the form {@code Bearer <token>} (scheme in any case, the token
     * trimmed); empty for no header, another scheme, or no token. A request has at most one such header: the edge
     * refuses a second ({@code web.EdgeFilter}).
     */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Optional.empty();
        }
        String token = authorization.substring(SCHEME.length() + 1).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** What is stored: the key's SHA-256, in hex. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is shown in lists to tell keys apart: the first 12 characters. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(12, key.length()));
    }
}
