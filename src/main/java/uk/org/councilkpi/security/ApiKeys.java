package uk.org.councilkpi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Making and hashing API keys: plain functions, no framework. */
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
