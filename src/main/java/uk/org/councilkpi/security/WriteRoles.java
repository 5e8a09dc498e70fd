package uk.org.councilkpi.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.inject.Instance;

/**
 * Who may write what, whatever the channel: each resource's {@code @RolesAllowed} names one of these constants, and
 * an import asks {@link #mayWrite(String)} for what its rows carry (a figure needs {@link #FIGURES}, a target
 * {@link #TARGETS}), so that no channel lets a caller change what its role may not.
 */
@ApplicationScoped
public class WriteRoles {

    /** Definitions of indicators: an administrator's. */
    public static final String INDICATORS = Role.ADMIN_NAME;
    /** Targets decide every rating: an administrator's, through the API and through an import alike. */
    public static final String TARGETS = Role.ADMIN_NAME;
    /** Figures, through the API or an import: the performance team's. */
    public static final String FIGURES = Role.EDITOR_NAME;
    public static final String OVERRIDES = Role.EDITOR_NAME;
    public static final String COMPARATORS = Role.EDITOR_NAME;
    /** Sign-off, reopening, publication and withdrawal of a period. */
    public static final String PERIODS = Role.ADMIN_NAME;
    public static final String KEYS = Role.ADMIN_NAME;
    /**
     * Not a write, but the performance team's alone: the collection round names each officer's outstanding returns
     * (their workload), and counts drafts, so viewers and partners may not read it.
     */
    public static final String COLLECTION_ROUND = Role.EDITOR_NAME;
    /** A council's structure: plans, priorities, objectives and which indicators serve them. */
    public static final String PLANS = Role.ADMIN_NAME;
    /** Definitions of milestones (risk control measures, actions): an administrator's. */
    public static final String MILESTONES = Role.ADMIN_NAME;
    /** Milestones' quarterly progress, through the API or an import: the performance team's, as figures are. */
    public static final String PROGRESS = Role.EDITOR_NAME;

    private final Instance<SecurityIdentity> identity;
    private final CurrentVertxRequest request;

    public WriteRoles(Instance<SecurityIdentity> identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /**
     * Whether the current caller holds this role. Work the service does itself at start (the demo data set), outside
     * any request, may write everything.
     */
    public boolean mayWrite(String role) {
        if (!Arc.container().requestContext().isActive() || request.getCurrent() == null) {
            return true; // no HTTP request: the service's own work at start (the request context is active then too)
        }
        return identity.get().hasRole(role);
    }
}
