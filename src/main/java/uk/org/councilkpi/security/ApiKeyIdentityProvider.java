package uk.org.councilkpi.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;

/** Turns a bearer key into the identity of its client, with its role and the roles that role includes. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The identity's attribute holding the {@link Caller}. */
    public static final String CALLER = "councilkpi.caller";

    private final ApiKeyLookup lookup;

    public ApiKeyIdentityProvider(ApiKeyLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = request.getKey().getToken();
        if (key == null || key.isBlank()) {
            return Uni.createFrom().failure(ApiKeyRefusal.of("The bearer key is empty"));
        }
        return context.runBlocking(() -> {
            Optional<Caller> caller;
            try {
                caller = lookup.find(key);
            } catch (SQLException e) {
                throw new IllegalStateException("API keys could not be read", e);
            }
            Caller c = caller.orElseThrow(() -> ApiKeyRefusal.of(
                    "The API key is not known, or has been revoked, or has expired"));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(c.client()))
                    .addRoles(c.role().granted())
                    .addAttribute(CALLER, c)
                    .addCredential(request.getKey())
                    .build();
        });
    }
}
