package uk.org.councilkpi.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API keys sent as {@code Authorization: Bearer <key>}. No header: anonymous (which may read published data when
 * {@code councilkpi.security.anonymous-read} is on). A header that is not a bearer key, or a key that is unknown,
 * revoked or expired, fails: 401, never anonymous.
 * <p>
 * With staff single sign-on on ({@link StaffSignOn}), Quarkus OIDC reads the same header. Quarkus asks its HTTP
 * authentication mechanisms in turn, highest {@link #getPriority() priority} first, until one gives an identity; a
 * failure ends the turn with 401. This one is asked first, one above the OIDC mechanism's
 * {@code quarkus.oidc.priority}, and passes (no identity) only on a token shaped as a JSON Web Token, which OIDC then
 * verifies. Every other token is taken as an API key, known or refused here: OIDC never sees an API key. With sign-on
 * off, a JWT-shaped token is looked up as a key like any other (and is not one: 401).
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = ApiKeys.SCHEME;

    private final StaffSignOn signOn;
    private final int priority;

    public ApiKeyAuthenticationMechanism(StaffSignOn signOn,
                                         @ConfigProperty(name = "quarkus.oidc.priority", defaultValue = "1001") int oidcPriority) {
        this.signOn = signOn;
        this.priority = Math.max(oidcPriority, DEFAULT_PRIORITY) + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        Optional<String> token = ApiKeys.bearerToken(header);
        if (token.isEmpty()) {
            return Uni.createFrom().failure(ApiKeyRefusal.of(
                    "The Authorization header must be 'Bearer <API key>'"));
        }
        String key = token.get();
        if (signOn.enabled() && StaffSignOn.looksLikeJwt(key)) {
            return Uni.createFrom().nullItem(); // for OpenID Connect
        }
        ApiKeyAuthenticationRequest request = new ApiKeyAuthenticationRequest(key);
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
