package uk.org.councilkpi.publication;

import static uk.org.councilkpi.common.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;

/**
 * Which periods' figures are published. A period is published while it is signed off, or after an administrator
 * publishes it (before sign-off, e.g. for a committee) until it is withdrawn. Viewers and partners see only published
 * periods' figures; editors see drafts too.
 */
@ApplicationScoped
public class PublicationService {

    private static final String PUBLISHED_AS_AT = """
            select period from (select distinct on (period) period, action from period_signoff
                                where at <= :asAt order by period, at desc, id desc) s where action = 'SIGN_OFF'
            union
            select period from (select distinct on (period) period, action from period_publication
                                where at <= :asAt order by period, at desc, id desc) p where action = 'PUBLISH'
            """;

    private final EntityManager em;
    private final Audit audit;
    private final Clock clock;

    public PublicationService(EntityManager em, Audit audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** The periods published now, or at an instant. One statement. */
    @SuppressWarnings("unchecked")
    public Set<String> publishedPeriods(Instant asAt) {
        List<String> periods;
        if (asAt == null) {
            periods = em.createNativeQuery("select period from published_period").getResultList();
        } else {
            periods = em.createNativeQuery(PUBLISHED_AS_AT).setParameter("asAt", OffsetDateTime.ofInstant(asAt,
                    java.time.ZoneOffset.UTC)).getResultList();
        }
        return new HashSet<>(periods);
    }

    @Transactional
    public PublicationResponse status(String periodCode) {
        return statusOf(Period.parse(periodCode).code());
    }

    @Transactional
    public PublicationResponse publish(String periodCode, PublicationRequest request) {
        String period = Period.parse(periodCode).code();
        lock(period);
        PublicationResponse now = statusOf(period);
        if (now.published()) {
            throw ApiException.conflict(period + " is already published" + (now.signedOff() ? " (signed off)" : ""));
        }
        record(period, "PUBLISH", request == null ? null : request.note());
        return statusOf(period);
    }

    @Transactional
    public PublicationResponse withdraw(String periodCode, PublicationRequest request) {
        String period = Period.parse(periodCode).code();
        if (request == null || request.note() == null || request.note().isBlank()) {
            throw ApiException.invalid("note", "is required: say why the period is withdrawn");
        }
        lock(period);
        PublicationResponse now = statusOf(period);
        if (now.signedOff()) {
            throw ApiException.conflict(period + " is signed off: reopen it first (POST /api/v1/periods/" + period
                    + "/reopen with a reason)");
        }
        if (!now.published()) {
            throw ApiException.conflict(period + " is not published");
        }
        record(period, "WITHDRAW", request.note());
        return statusOf(period);
    }

    /**
     * Publishes every period that has figures and is not published yet, as {@code by} (the demo data set: the
     * councils' reports are published documents). Returns how many periods it published.
     */
    @Transactional
    public int publishAllWithFigures(String by, String note) {
        audit.actor(by);
        return em.createNativeQuery("insert into period_publication (period, action, at, note)"
                        + " select distinct v.period, 'PUBLISH', now(), :note from indicator_value v"
                        + " where v.period not in (select period from published_period)")
                .setParameter("note", note)
                .executeUpdate();
    }

    /** Two administrators publishing the same period at once: one waits for the other, then sees it published. */
    private void lock(String period) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('publication:' || :period))")
                .setParameter("period", period).getSingleResult();
    }

    private void record(String period, String action, String note) {
        em.createNativeQuery("insert into period_publication (period, action, at, note)"
                        + " values (:period, :action, :at, :note)") // by_whom: the author, stamped (V7)
                .setParameter("period", period).setParameter("action", action)
                .setParameter("at", OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .setParameter("note", note)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private PublicationResponse statusOf(String period) {
        List<Object[]> events = em.createNativeQuery("select action, by_whom, at, note from period_publication"
                + " where period = :period order by at, id").setParameter("period", period).getResultList();
        List<Object> published = em.createNativeQuery("select published_at from published_period where period = :period")
                .setParameter("period", period).getResultList();
        Number signedOff = (Number) em.createNativeQuery("select count(*) from signed_off_period where period = :period")
                .setParameter("period", period).getSingleResult();
        Instant publishedAt = published.isEmpty() ? null : instant(published.get(0));
        return new PublicationResponse(period, !published.isEmpty(), signedOff.intValue() > 0, publishedAt,
                events.stream().map(e -> new PublicationResponse.Event((String) e[0], (String) e[1], instant(e[2]),
                        (String) e[3])).toList());
    }
}
