package uk.org.councilkpi.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * With {@code councilkpi.security.anonymous-read=true}, a caller without a key reads as a viewer: published figures
 * only. Off by default (a real deployment decides); on for the demo data set in dev mode.
 */
@ApplicationScoped
public class AnonymousRead implements SecurityIdentityAugmentor {

    private final boolean enabled;

    public AnonymousRead(SecurityConfig config) {
        this.enabled = config.anonymousRead();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!enabled || !identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Role.VIEWER_NAME).build());
    }
}
