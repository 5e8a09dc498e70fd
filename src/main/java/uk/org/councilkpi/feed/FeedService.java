package uk.org.councilkpi.feed;

import static uk.org.councilkpi.common.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.scorecard.FigureView;
import uk.org.councilkpi.status.Presentation;
import uk.org.councilkpi.status.ProgressRating;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;

/**
 * The feed of published changes for partners' incremental sync.
 * <p>
 * Every write of a figure or of a milestone's progress (V10), and every change of a period's publication, is a {@code feed_event} stamped with its
 * transaction's id (migration V6). A cursor names a window of transaction ids {@code [from, to)}: {@code to} is the
 * oldest transaction still running when the window is opened, so every event in the window is committed (or rolled
 * back) and none can appear in it later; an event of a transaction still running falls in the next window. The items
 * of a window are the figures it touched, as published now, in a stable order (period, ref), paged by offset.
 */
@ApplicationScoped
public class FeedService {

    static final int MAX_LIMIT = 10_000;

    /**
     * An event names an indicator's figure, a milestone's progress, or (neither) a whole period; the items are
     * ordered withdrawn periods first, then figures by ref, then progress by milestone, within each period.
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
                select period from whole where period not in (select period from published_period)
            )
            select * from (
                select 1 as kind, i.ref, p.period, v.state, v.number, v.note, coalesce(v.provisional, false) as provisional,
                       coalesce(v.estimated, false) as estimated, v.entered_at, i.unit, i.decimal_places,
                       null as milestone, null as rating, null as commentary
                from pairs p
                join indicator i on i.id = p.indicator_id
                join published_period pp on pp.period = p.period
                left join indicator_value v on v.indicator_id = p.indicator_id and v.period = p.period
                union all
                select 2, null, p.period, null, null, null, false, false, mp.entered_at, null, null, m.ref, mp.rating,
                       mp.commentary
                from progress_pairs p
                join milestone m on m.id = p.milestone_id
                join published_period pp on pp.period = p.period
                left join milestone_progress mp on mp.milestone_id = p.milestone_id and mp.period = p.period
                union all
                select 0, null, w.period, null, null, null, false, false, null, null, null, null, null, null from withdrawn w
            ) items
            order by period, kind, ref, milestone
            offset :offset limit :limit
            """;

    private final EntityManager em;

    public FeedService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public FeedResponse since(String since, int limit) {
        Cursor cursor = Cursor.parse(since);
        if (cursor.to() == null) {
            String horizon = (String) em.createNativeQuery(
                    "select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").getSingleResult();
            cursor = new Cursor(cursor.from(), Long.parseLong(horizon), 0);
        }
        List<Object[]> rows = em.createNativeQuery(ITEMS)
                .setParameter("from", Long.toString(cursor.from()))
                .setParameter("to", Long.toString(cursor.to()))
                .setParameter("offset", cursor.offset())
                .setParameter("limit", limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<FeedResponse.Item> items = new ArrayList<>(Math.min(rows.size(), limit));
        for (Object[] row : rows.subList(0, Math.min(rows.size(), limit))) {
            items.add(item(row));
        }
        Cursor next = more ? new Cursor(cursor.from(), cursor.to(), cursor.offset() + limit)
                : new Cursor(cursor.to(), null, 0);
        return new FeedResponse(next.format(), more, items);
    }

    private static FeedResponse.Item item(Object[] row) {
        int kind = ((Number) row[0]).intValue();
        String ref = (String) row[1];
        String period = (String) row[2];
        if (kind == 0) {
            return new FeedResponse.Item(null, period, FeedResponse.Change.WITHDRAWN, null, null);
        }
        if (kind == 2) {
            String milestone = (String) row[11];
            if (row[12] == null) {
                return new FeedResponse.Item(null, period, FeedResponse.Change.REMOVED, null, null, milestone, null);
            }
            ProgressRating rating = ProgressRating.valueOf((String) row[12]);
            return new FeedResponse.Item(null, period, FeedResponse.Change.PUBLISHED, null, instant(row[8]), milestone,
                    new FeedResponse.Progress(rating, rating.meaning(), (String) row[13]));
        }
        if (row[3] == null) {
            return new FeedResponse.Item(ref, period, FeedResponse.Change.REMOVED, null, null);
        }
        Presentation presentation = new Presentation(Unit.valueOf((String) row[9]), ((Number) row[10]).shortValue());
        FigureView figure = FigureView.of(period, ValueState.valueOf((String) row[3]), (BigDecimal) row[4],
                (String) row[5], (Boolean) row[6], (Boolean) row[7], presentation);
        return new FeedResponse.Item(ref, period, FeedResponse.Change.PUBLISHED, figure, instant(row[8]));
    }

    /** {@code v1.<from>} (a window still to open) or {@code v1.<from>.<to>.<offset>} (a page of an open one). */
    record Cursor(long from, Long to, int offset) {

        static Cursor parse(String text) {
            if (text == null || text.isEmpty()) {
                return new Cursor(0, null, 0);
            }
            String[] parts = text.split("\\.", -1);
            try {
                if (parts.length == 2 && parts[0].equals("v1")) {
                    return new Cursor(nonNegative(parts[1]), null, 0);
                }
                if (parts.length == 4 && parts[0].equals("v1")) {
                    long from = nonNegative(parts[1]);
                    long to = nonNegative(parts[2]);
                    long offset = nonNegative(parts[3]);
                    if (to >= from && offset <= Integer.MAX_VALUE) {
                        return new Cursor(from, to, (int) offset);
                    }
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw ApiException.invalid("since", "is not a cursor from this feed: pass the 'cursor' of its last answer,"
                    + " or nothing to start from the beginning");
        }

        private static long nonNegative(String digits) {
            if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
                throw new NumberFormatException(digits);
            }
            return Long.parseLong(digits);
        }

        String format() {
            return to == null ? "v1." + from : "v1." + from + "." + to + "." + offset;
        }
    }
}
