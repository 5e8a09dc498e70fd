package uk.org.councilkpi.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether staff single sign-on (OpenID Connect bearer tokens) is on, how its tokens are told from API keys, and how
 * the identity provider's roles become ours.
 * <p>
 * It is on when {@code councilkpi.security.oidc.enabled} (which application.properties passes on as
 * {@code quarkus.oidc.tenant-enabled}) is true and {@code quarkus.oidc.auth-server-url} names the issuer. Off, the
 * default, Quarkus OIDC's tenant is disabled and authenticates nothing, and this service works with API keys alone.
 */
@ApplicationScoped
public class StaffSignOn {

    private static final Logger LOG = Logger.getLogger(StaffSignOn.class);

    /**
     * A JSON Web Token in compact form: three base64url parts separated by dots. A generated API key
     * ({@code ckpi_} and base64url) has no dot, so never looks like one.
     */
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final boolean enabled;
    private final Map<String, Role> roleMap;

    public StaffSignOn(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer,
                       @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean tenantEnabled,
                       StaffSignOnConfig config) {
        boolean hasIssuer = issuer.filter(s -> !s.isBlank()).isPresent();
        this.enabled = tenantEnabled && hasIssuer;
        if (hasIssuer && !tenantEnabled) {
            LOG.warn("quarkus.oidc.auth-server-url is set but staff single sign-on is off: set "
                    + "councilkpi.security.oidc.enabled=true to take its tokens");
        }
        this.roleMap = roleMap(config.roleMap());
    }

    private static Map<String, Role> roleMap(Map<String, String> configured) {
        Map<String, Role> map = new HashMap<>();
        configured.forEach((group, role) -> map.put(group, Role.fromWire(role.trim()).orElseThrow(
                () -> new IllegalStateException("councilkpi.security.oidc.role-map.\"" + group + "\" is '" + role
                        + "'; it must be one of viewer, partner, editor, admin"))));
        return Map.copyOf(map);
    }

    /** Whether bearer tokens from an OpenID Connect issuer are accepted. */
    public boolean enabled() {
        return enabled;
    }

    /** Whether a bearer token has the shape of a JSON Web Token, which then goes to OpenID Connect. */
    public static boolean looksLikeJwt(String token) {
        return JWT.matcher(token).matches();
    }

    /**
     * Our roles for the identity provider's role or group names: each that is one of ours or mapped onto one, with the
     * roles it includes (an admin is an editor, a partner and a viewer too). Names that mean nothing here are dropped.
     */
    public Set<String> roles(Collection<String> fromToken) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : fromToken) {
            Optional.ofNullable(roleMap.get(name)).or(() -> Role.fromWire(name)).ifPresent(roles::add);
        }
        Set<String> granted = new TreeSet<>();
        roles.forEach(r -> granted.addAll(r.granted()));
        return granted;
    }
}
