package uk.org.councilkpi.feed;

import static uk.org.councilkpi.common.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.org.councilkpi.status.Presentation;
import uk.org.councilkpi.status.ProgressRating;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;

/**
 * The feed's SQL: the transaction-id horizon a window closes at, and the items of a window (migration V6's
 * {@code feed_event}, read against {@code published_periods()}, migration V11).
 */
@ApplicationScoped
public class FeedRepository {

    /**
     * An event names an indicator's figure, a milestone's progress, or (neither) a whole period; the items are
     * ordered by period: withdrawn periods first, then figures by ref, then progress by milestone.
     */
    private static final String ITEMS = """
            with ev as (
                select indicator_id, milestone_id, period from feed_event
                where xid >= cast(:from as xid8) and xid < cast(:to as xid8)
            ), whole as (
                select distinct period from ev where indicator_id is null and milestone_id is null
            ), pairs as (
                select indicator_id, period from ev where indicator_id is not null
                union
                select v.indicator_id, v.period from whole join indicator_value v on v.period = whole.period
            ), progress_pairs as (
                select milestone_id, period from ev where milestone_id is not null
                union
                select p.milestone_id, p.period from whole join milestone_progress p on p.period = whole.period
            ), withdrawn as (
                select period from whole where period not in (select period from published_periods())
            )
            select * from (
                select 1 as kind, i.ref, p.period, v.state, v.number, v.note, coalesce(v.provisional, false) as provisional,
                       coalesce(v.estimated, false) as estimated, v.entered_at, i.unit, i.decimal_places,
                       null as milestone, null as rating, null as commentary
                from pairs p
                join indicator i on i.id = p.indicator_id
                join published_periods() pp on pp.period = p.period
                left join indicator_value v on v.indicator_id = p.indicator_id and v.period = p.period
                union all
                select 2, null, p.period, null, null, null, false, false, mp.entered_at, null, null, m.ref, mp.rating,
                       mp.commentary
                from progress_pairs p
                join milestone m on m.id = p.milestone_id
                join published_periods() pp on pp.period = p.period
                left join milestone_progress mp on mp.milestone_id = p.milestone_id and mp.period = p.period
                union all
                select 0, null, w.period, null, null, null, false, false, null, null, null, null, null, null from withdrawn w
            ) items
            order by period, kind, ref, milestone
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
     * One item of a window: a figure as published now, a published period's removed figure (no state), a milestone's
     * progress as published now (milestone set; no rating: removed), or a whole period no longer published (neither
     * ref nor milestone).
     */
    record Row(String ref, String period, ValueState state, BigDecimal number, String note, boolean provisional,
               boolean estimated, Instant enteredAt, Presentation presentation, String milestone,
               ProgressRating rating, String commentary) {
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
        return rows.stream().map(r -> new Row((String) r[1], (String) r[2],
                r[3] == null ? null : ValueState.valueOf((String) r[3]), (BigDecimal) r[4], (String) r[5],
                (Boolean) r[6], (Boolean) r[7], instant(r[8]),
                r[9] == null ? null : new Presentation(Unit.valueOf((String) r[9]), ((Number) r[10]).shortValue()),
                (String) r[11], r[12] == null ? null : ProgressRating.valueOf((String) r[12]), (String) r[13]))
                .toList();
    }
}
