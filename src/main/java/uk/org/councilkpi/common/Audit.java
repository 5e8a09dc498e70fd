package uk.org.councilkpi.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;

/**
 * Who is writing, for the database. Every insert and update of an audited table is stamped by a trigger with the
 * {@code councilkpi.actor} setting of its transaction (migration V7), and every version a change ends records it too:
 * <ul>
 *   <li>{@link AuditConnections} sets it, for every connection taken from the pool, to the authenticated caller (the
 *       API key's client, or the signed-in officer's name), so a write that states nothing is still attributed;</li>
 *   <li>{@link #actor(String)} narrows it for the current transaction to the caller with the officer the request
 *       names ("Performance team loader for j.smith"); without a caller (the demo loader at start), the stated
 *       name alone. Work done outside a request must call it before writing: the database refuses an application
 *       write with no author.</li>
 * </ul>
 */
@ApplicationScoped
public class Audit {

    static final int MAX_ACTOR = 100;

    private final EntityManager em;
    private final Instance<SecurityIdentity> identity;
    private final CurrentVertxRequest request;
    private final Clock clock;

    public Audit(EntityManager em, Instance<SecurityIdentity> identity, CurrentVertxRequest request, Clock clock) {
        this.em = em;
        this.identity = identity;
        this.request = request;
        this.clock = clock;
    }

    /** Sets who writes ({@link #actor}) and says when: what the write records of itself. */
    public Stamp stamp(String stated) {
        return new Stamp(actor(stated), clock.instant());
    }

    /**
     * Sets who writes for the rest of the current transaction, and returns it (what the rows will record). Must be
     * called inside the writing transaction, before its changes are flushed.
     */
    public String actor(String stated) {
        String who = who(caller(), stated);
        if (who.isEmpty()) {
            return who; // nobody to name: whoever the transaction already names stays (the demo loader's batch)
        }
        setting("councilkpi.actor", who);
        return who;
    }

    /**
     * The caller of the current HTTP request if it is already authenticated, as recorded when a request states no other
     * name; empty otherwise. It never starts authentication: checking an API key takes a connection itself.
     */
    String authenticatedCallerOrEmpty() {
        if (!Arc.container().requestContext().isActive()) {
            return "";
        }
        RoutingContext current = request.getCurrent();
        if (current != null && current.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            return who(user.getSecurityIdentity().getPrincipal().getName(), null);
        }
        return "";
    }

    /**
     * Why the current request writes, as its {@code reason} query parameter says (a correction's reason), for the
     * versions it writes and ends (migration V8); empty for a read or when nobody said.
     */
    String requestReasonOrEmpty() {
        if (!Arc.container().requestContext().isActive()) {
            return "";
        }
        RoutingContext current = request.getCurrent();
        if (current == null || current.request().method() == io.vertx.core.http.HttpMethod.GET) {
            return "";
        }
        String reason = current.request().getParam(REASON_PARAMETER);
        return reason == null ? "" : reason.strip();
    }

    /** The query parameter a write gives its reason in. */
    public static final String REASON_PARAMETER = "changeReason";
    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    static String who(String caller, String stated) {
        String who = caller == null ? (stated == null ? "" : stated)
                : stated == null || stated.isBlank() || stated.equals(caller) ? caller : caller + " for " + stated;
        return who.length() > MAX_ACTOR ? who.substring(0, MAX_ACTOR) : who;
    }

    private String caller() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return null; // no request: work done at start
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? null : current.getPrincipal().getName();
    }

    public void batch(long batchId) {
        setting("councilkpi.batch", Long.toString(batchId));
    }

    /**
     * Sets a setting of the current transaction without flushing first: a native query would otherwise write the
     * changes made so far before the setting is in place, under the previous author and as a change of its own
     * (one write would then show in /changes as two).
     */
    private void setting(String name, String value) {
        em.createNativeQuery("select set_config(:name, :value, true)").setFlushMode(FlushModeType.COMMIT)
                .setParameter("name", name).setParameter("value", value).getSingleResult();
    }
}
