package uk.org.councilkpi.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.scorecard.FigureView;

/**
 * The feed of published changes for partners' incremental sync.
 * <p>
 * Every write of a figure and every change of a period's publication is a {@code feed_event} stamped with its
 * transaction's id (migration V6). A cursor names a window of transaction ids {@code [from, to)}: {@code to} is the
 * oldest transaction still running when the window is opened, so every event in the window is committed (or rolled
 * back) and none can appear in it later; an event of a transaction still running falls in the next window. The items
 * of a window are the figures it touched, as published now, in a stable order (period, ref), paged by offset.
 */
@ApplicationScoped
public class FeedService {

    static final int MAX_LIMIT = 10_000;

    private final FeedRepository feed;

    public FeedService(FeedRepository feed) {
        this.feed = feed;
    }

    @Transactional
    public FeedResponse since(String since, int limit) {
        Cursor cursor = Cursor.parse(since);
        if (cursor.to() == null) {
            cursor = new Cursor(cursor.from(), feed.horizon(), 0);
        }
        List<FeedRepository.Row> rows = feed.items(cursor.from(), cursor.to(), cursor.offset(), limit + 1);
        boolean more = rows.size() > limit;
        List<FeedResponse.Item> items = rows.subList(0, Math.min(rows.size(), limit)).stream().map(FeedService::item)
                .toList();
        Cursor next = more ? new Cursor(cursor.from(), cursor.to(), cursor.offset() + limit)
                : new Cursor(cursor.to(), null, 0);
        return new FeedResponse(next.format(), more, items);
    }

    private static FeedResponse.Item item(FeedRepository.Row row) {
        if (row.milestone() != null) {
            if (row.rating() == null) {
                return new FeedResponse.Item(null, row.period(), FeedResponse.Change.REMOVED, null, null,
                        row.milestone(), null);
            }
            return new FeedResponse.Item(null, row.period(), FeedResponse.Change.PUBLISHED, null, row.enteredAt(),
                    row.milestone(), new FeedResponse.Progress(row.rating(), row.rating().meaning(), row.commentary()));
        }
        if (row.ref() == null) {
            return new FeedResponse.Item(null, row.period(), FeedResponse.Change.WITHDRAWN, null, null);
        }
        if (row.state() == null) {
            return new FeedResponse.Item(row.ref(), row.period(), FeedResponse.Change.REMOVED, null, null);
        }
        FigureView figure = FigureView.of(row.period(), row.state(), row.number(), row.note(), row.provisional(),
                row.estimated(), row.presentation());
        return new FeedResponse.Item(row.ref(), row.period(), FeedResponse.Change.PUBLISHED, figure, row.enteredAt());
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
            if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException(digits);
            }
            return Long.parseLong(digits);
        }

        String format() {
            return to == null ? "v1." + from : "v1." + from + "." + to + "." + offset;
        }
    }
}
