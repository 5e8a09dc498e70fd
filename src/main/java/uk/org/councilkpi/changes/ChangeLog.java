package uk.org.councilkpi.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the versions of rows into the changes that made them.
 *
 * <ul>
 *   <li>Versions of the same row (kind and period) are taken in time order.</li>
 *   <li>The first version, or one after a deletion, was CREATED; any other was UPDATED, with the version
 *       before it as "before".</li>
 *   <li>A version that a deletion ended gives a DELETED change at the time it ended.</li>
 *   <li>Who made a change: the version's own who (entered by, updated by, set by), else whoever ended the
 *       version before it.</li>
 * </ul>
 */
final class ChangeLog {

    private static final List<String> WHO = List.of("entered_by", "updated_by", "set_by");

    private ChangeLog() {
    }

    static List<Change> changes(List<Version> versions) {
        Map<String, List<Version>> byRow = new LinkedHashMap<>();
        versions.stream().sorted(Comparator.comparing(Version::validFrom))
                .forEach(v -> byRow.computeIfAbsent(v.kind() + "|" + v.period(), k -> new ArrayList<>()).add(v));
        List<Change> changes = new ArrayList<>();
        for (List<Version> row : byRow.values()) {
            Version previous = null;
            for (Version v : row) {
                boolean created = previous == null || previous.deleted();
                String by = WHO.stream().map(v.row()::get).filter(w -> w != null).map(Object::toString).findFirst()
                        .orElse(previous == null ? null : previous.endedBy());
                changes.add(new Change(v.validFrom(), by, batchOf(v), v.reason(), v.kind(), v.period(),
                        created ? Change.Action.CREATED : Change.Action.UPDATED, created ? null : previous.row(), v.row()));
                if (v.deleted()) {
                    changes.add(new Change(v.validTo(), v.endedBy(), v.endedBatchId(), v.endedReason(), v.kind(),
                            v.period(), Change.Action.DELETED, v.row(), null));
                }
                previous = v;
            }
        }
        changes.sort(Comparator.comparing(Change::at).thenComparing(c -> c.action().ordinal()));
        return changes;
    }

    private static Long batchOf(Version v) {
        Object batch = v.row().get("batch_id");
        return batch instanceof Number n ? n.longValue() : null;
    }
}
