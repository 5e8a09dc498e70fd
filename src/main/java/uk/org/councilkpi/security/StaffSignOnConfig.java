package uk.org.councilkpi.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Staff single sign-on with OpenID Connect ({@code councilkpi.security.oidc.*}, with the issuer in
 * {@code quarkus.oidc.auth-server-url}; see {@link StaffSignOn}).
 */
@ConfigMapping(prefix = "councilkpi.security.oidc")
public interface StaffSignOnConfig {

    /** Whether bearer tokens from the issuer are taken; passed to {@code quarkus.oidc.tenant-enabled}. */
    @WithDefault("false")
    boolean enabled();

    /**
     * The token claim holding the caller's roles or groups; a path for a nested one ({@code realm_access/roles}).
     * application.properties passes it to {@code quarkus.oidc.roles.role-claim-path}, which reads it.
     */
    @WithDefault("roles")
    String roleClaim();

    /**
     * The token claim naming the caller (who signed off, who issued a key); passed to
     * {@code quarkus.oidc.token.principal-claim}.
     */
    @WithDefault("preferred_username")
    String principalClaim();

    /**
     * The identity provider's role or group names that stand for one of ours, e.g.
     * {@code councilkpi.security.oidc.role-map.performance-team=editor}. A value that is already one of our role
     * names (viewer, partner, editor, admin) needs no entry.
     */
    Map<String, String> roleMap();
}
