package uk.org.councilkpi.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives a staff member signed on with OpenID Connect our roles: the token's roles or groups (read by Quarkus OIDC from
 * {@code councilkpi.security.oidc.role-claim}) mapped onto viewer, partner, editor, admin, each with the roles it
 * includes, and nothing else. Identities from API keys, and anonymous ones, are left as they are.
 */
@ApplicationScoped
public class StaffRoles implements SecurityIdentityAugmentor {

    private final StaffSignOn signOn;

    public StaffRoles(StaffSignOn signOn) {
        this.signOn = signOn;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(AccessTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder staff = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(signOn.roles(identity.getRoles()))
                .addPermissionChecker(identity::checkPermission);
        return Uni.createFrom().item(staff.build());
    }
}
