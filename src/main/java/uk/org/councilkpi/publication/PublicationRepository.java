package uk.org.councilkpi.publication;

import static uk.org.councilkpi.common.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Publication events ({@code period_publication}) and which periods are published: the database's
 * {@code published_periods(asAt)} (migration V11), the one definition the views, the feed and every read share.
 */
@ApplicationScoped
public class PublicationRepository {

    private final EntityManager em;

    public PublicationRepository(EntityManager em) {
        this.em = em;
    }

    /** The periods published now ({@code asAt} null), or at an instant: one statement. */
    @SuppressWarnings("unchecked")
    public Set<String> publishedPeriods(Instant asAt) {
        List<String> periods = asAt == null
                ? em.createNativeQuery("select period from published_periods()").getResultList()
                : em.createNativeQuery("select period from published_periods(:asAt)")
                        .setParameter("asAt", utc(asAt)).getResultList();
        return new HashSet<>(periods);
    }

    /**
     * What a viewer or partner may see of the past: the periods published at {@code asAt} and still published now (a
     * read of the past never shows what has since been withdrawn); now ({@code asAt} null), those published. One
     * statement.
     */
    @SuppressWarnings("unchecked")
    public Set<String> publishedThenAndNow(Instant asAt) {
        if (asAt == null) {
            return publishedPeriods(null);
        }
        List<String> periods = em.createNativeQuery("select period from published_periods(:asAt)"
                + " intersect select period from published_periods()").setParameter("asAt", utc(asAt)).getResultList();
        return new HashSet<>(periods);
    }

    /** Since when the period is published, if it is now. */
    @SuppressWarnings("unchecked")
    public Optional<Instant> publishedAt(String period) {
        List<Object> published = em.createNativeQuery("select published_at from published_periods() where period = :period")
                .setParameter("period", period).getResultList();
        return published.stream().findFirst().map(at -> instant(at));
    }

    /** A period's publications and withdrawals, oldest first. */
    @SuppressWarnings("unchecked")
    public List<PublicationResponse.Event> events(String period) {
        List<Object[]> events = em.createNativeQuery("select action, by_whom, at, note from period_publication"
                + " where period = :period order by at, id").setParameter("period", period).getResultList();
        return events.stream().map(e -> new PublicationResponse.Event((String) e[0], (String) e[1], instant(e[2]),
                (String) e[3])).toList();
    }

    /** Records a publication or a withdrawal; its author is stamped by the database (V7). */
    public void record(String period, String action, Instant at, String note) {
        em.createNativeQuery("insert into period_publication (period, action, at, note)"
                        + " values (:period, :action, :at, :note)")
                .setParameter("period", period).setParameter("action", action)
                .setParameter("at", utc(at)).setParameter("note", note)
                .executeUpdate();
    }

    /** Publishes, now, every period that has figures and is not published yet; how many it published. */
    public int publishAllWithFigures(String note) {
        return em.createNativeQuery("insert into period_publication (period, action, at, note)"
                        + " select distinct v.period, 'PUBLISH', now(), :note from indicator_value v"
                        + " where v.period not in (select period from published_periods())")
                .setParameter("note", note)
                .executeUpdate();
    }

    /** Two administrators publishing the same period at once: one waits for the other, then sees it published. */
    public void lock(String period) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('publication:' || :period))")
                .setParameter("period", period).getSingleResult();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
