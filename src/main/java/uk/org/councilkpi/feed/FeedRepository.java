package uk.org.councilkpi.feed;

import static uk.org.councilkpi.common.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.org.councilkpi.status.Presentation;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;

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
     * One item of a window: a figure as published now, a published period's removed figure (no state), or a whole
     * period no longer published (no ref).
     */
    record Row(String ref, String period, ValueState state, BigDecimal number, String note, boolean provisional,
               boolean estimated, Instant enteredAt, Presentation presentation) {
    }

    /** The items of the window {@code [from, to)} of transaction ids, by period and ref, from {@code offset}. */
    @SuppressWarnings("unchecked")
    List<Row> items(long from, long to, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery(ITEMS)
                .setParameter("from", Long.toString(from))
                .setParameter("to", Long.toString(to))
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1],
                r[2] == null ? null : ValueState.valueOf((String) r[2]), (BigDecimal) r[3], (String) r[4],
                (Boolean) r[5], (Boolean) r[6], instant(r[7]),
                r[8] == null ? null : new Presentation(Unit.valueOf((String) r[8]), ((Number) r[9]).shortValue())))
                .toList();
    }
}
