package uk.org.councilkpi.security;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/**
 * An API key refused (unknown, revoked, expired, empty, or a header that is not 'Bearer'): 401 with its message. The
 * refusal is marked so, which tells it from refusals by OpenID Connect, whose messages are not for callers.
 */
public final class ApiKeyRefusal {

    private static final String MARK = "councilkpi.api-key-refused";

    private ApiKeyRefusal() {
    }

    public static AuthenticationFailedException of(String message) {
        return new AuthenticationFailedException(message, Map.of(MARK, Boolean.TRUE));
    }

    /** Whether this is a refused API key, whose message may be shown to the caller. */
    public static boolean is(Throwable e) {
        return e instanceof AuthenticationFailedException f && f.getMessage() != null
                && Boolean.TRUE.equals(f.getAttribute(MARK));
    }
}
