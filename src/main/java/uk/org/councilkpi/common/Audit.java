package uk.org.councilkpi.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Tells the database who is changing things, and in which import batch, for the rest of the current
 * transaction: the history triggers (V2 migration) copy both onto every version a change ends.
 */
@ApplicationScoped
public class Audit {

    private final EntityManager em;

    public Audit(EntityManager em) {
        this.em = em;
    }

    /** Must be called inside the writing transaction, before its changes are flushed. */
    public void actor(String who) {
        em.createNativeQuery("select set_config('councilkpi.actor', :who, true)")
                .setParameter("who", who == null ? "" : who).getSingleResult();
    }

    public void batch(long batchId) {
        em.createNativeQuery("select set_config('councilkpi.batch', :batch, true)")
                .setParameter("batch", Long.toString(batchId)).getSingleResult();
    }
}
