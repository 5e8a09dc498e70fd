package uk.org.councilkpi.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * An API key to check. A type of its own (not Quarkus' {@code TokenAuthenticationRequest}), so that only
 * {@link ApiKeyIdentityProvider} is asked about API keys, and only the OpenID Connect provider about its bearer tokens.
 */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final TokenCredential key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = new TokenCredential(key, "bearer");
    }

    public TokenCredential getKey() {
        return key;
    }
}
