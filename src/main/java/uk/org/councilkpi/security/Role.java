package uk.org.councilkpi.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller may do. Each role includes the ones before it: a partner can do what a viewer can, an editor what a
 * partner can, an administrator everything.
 * <ul>
 * <li>{@code viewer}: dashboards and the public; published figures and the scorecards and histories built from them.</li>
 * <li>{@code partner}: partner agencies; as a viewer, and the feed of published changes for incremental sync.</li>
 * <li>{@code editor}: the performance team; drafts and suppressed numbers, and every write of figures.</li>
 * <li>{@code admin}: defines indicators and targets, signs off and publishes periods, issues API keys.</li>
 * </ul>
 */
public enum Role {
    VIEWER, PARTNER, EDITOR, ADMIN;

    /** For {@code @RolesAllowed}. */
    public static final String VIEWER_NAME = "viewer";
    public static final String PARTNER_NAME = "partner";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes, by wire name. */
    public Set<String> granted() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::wireName)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Role> fromWire(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst();
    }

    /** Whether a caller reads drafts (editors and administrators); viewers and partners read published figures. */
    public static boolean seesDrafts(SecurityIdentity identity) {
        return identity.hasRole(EDITOR_NAME);
    }

    /** The smallest of some roles (what {@code @RolesAllowed} asks for at least). */
    public static Optional<Role> least(String... names) {
        return Arrays.stream(names).map(Role::fromWire).flatMap(Optional::stream).min(Enum::compareTo);
    }
}
