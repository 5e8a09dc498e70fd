package uk.org.councilkpi.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The feed's SQL: the transaction-id horizon a window closes at, and the items of a window (migration V6's
 * {@code feed_event}, read against {@code published_periods()}, migration V11).
 */
@ApplicationScoped
public class FeedRepository {

    private static final String ITEMS = """
            with ev as (
                select indicator_id, period from feed_event
                where xid >= cast(:from as xid8) and xid < cast(:to as xid8)
            ), pairs as (
                select indicator_id, period from ev where indicator_id is not null
                union
                select v.indicator_id, v.period from ev join indicator_value v on v.period = ev.period
                where ev.indicator_id is null
            ), withdrawn as (
                select distinct period from ev
                where indicator_id is null and period not in (select period from published_periods())
            )
            select * from (
                select i.ref, p.period, v.state, v.number, v.note, coalesce(v.provisional, false) as provisional,
                       coalesce(v.estimated, false) as estimated, v.entered_at, i.unit, i.decimal_places
                from pairs p
                join indicator i on i.id = p.indicator_id
                join published_periods() pp on pp.period = p.period
                left join indicator_value v on v.indicator_id = p.indicator_id and v.period = p.period
                union all
                select null, w.period, null, null, null, false, false, null, null, null from withdrawn w
            ) items
            order by period, ref nulls first
            offset :offset limit :limit
            """;

    private final EntityManager em;

    public FeedRepository(EntityManager em) {
        this.em = em;
    }

    /** The oldest transaction still running: every event below it is committed or rolled back. */
    long horizon() {
        return Long.parseLong((String) em.createNativeQuery(
                "select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").getSingleResult());
    }

    /**
     * The items of the window {@code [from, to)} of transaction ids, by period and ref, from {@code offset}: ref,
     * period, state, number, note, provisional, estimated, entered_at, unit, decimal_places (a withdrawn period: a row
     * without ref; a removed figure: a row without state).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> items(long from, long to, int offset, int limit) {
        return em.createNativeQuery(ITEMS)
                .setParameter("from", Long.toString(from))
                .setParameter("to", Long.toString(to))
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
    }
}
