package uk.org.councilkpi.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

/**
 * Tells the database who is changing things, and in which import batch, for the rest of the current
 * transaction: the history triggers (V2 migration) copy both onto every version a change ends.
 */
@ApplicationScoped
public class Audit {

    static final int MAX_ACTOR = 100;

    private final EntityManager em;
    private final Instance<SecurityIdentity> identity;

    public Audit(EntityManager em, Instance<SecurityIdentity> identity) {
        this.em = em;
        this.identity = identity;
    }

    /**
     * Must be called inside the writing transaction, before its changes are flushed. Who is recorded: the
     * authenticated client (the API key's client, or the signed-in officer), with the name the request states when it
     * differs ("Performance team loader for j.smith"); without a caller (the demo loader at start), the stated name.
     */
    public void actor(String stated) {
        em.createNativeQuery("select set_config('councilkpi.actor', :who, true)")
                .setParameter("who", who(caller(), stated)).getSingleResult();
    }

    static String who(String caller, String stated) {
        String who = caller == null ? (stated == null ? "" : stated)
                : stated == null || stated.isBlank() || stated.equals(caller) ? caller : caller + " for " + stated;
        return who.length() > MAX_ACTOR ? who.substring(0, MAX_ACTOR) : who;
    }

    private String caller() {
        try {
            SecurityIdentity current = identity.get();
            return current.isAnonymous() ? null : current.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return null; // no request: work done at start
        }
    }

    public void batch(long batchId) {
        em.createNativeQuery("select set_config('councilkpi.batch', :batch, true)")
                .setParameter("batch", Long.toString(batchId)).getSingleResult();
    }
}
