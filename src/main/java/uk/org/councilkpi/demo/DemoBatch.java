package uk.org.councilkpi.demo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.importing.check.ImportRow;

/**
 * The demo's figures and targets, gathered as the rows of one import batch: a figure and a target of the same
 * indicator and period share a row, as they would in a file.
 */
final class DemoBatch {

    private record Key(String ref, String period) {
    }

    private final Map<Key, ImportRow> rows = new LinkedHashMap<>();

    void figure(String ref, String period, ImportRow.Figure figure) {
        ImportRow row = rows.get(new Key(ref, period));
        if (row != null && row.figure() != null) {
            throw new IllegalStateException("Two figures of " + ref + " for " + period);
        }
        rows.put(new Key(ref, period), new ImportRow(0, ref, period, figure, row == null ? null : row.target()));
    }

    void target(String ref, String period, TargetSpec spec, String text) {
        ImportRow row = rows.get(new Key(ref, period));
        if (row != null && row.target() != null) {
            throw new IllegalStateException("Two targets of " + ref + " for " + period);
        }
        rows.put(new Key(ref, period), new ImportRow(0, ref, period, row == null ? null : row.figure(),
                new ImportRow.Target(spec, text)));
    }

    /** The rows, numbered from 1 in the order they were first given. */
    Iterator<ImportRow> rows() {
        List<ImportRow> numbered = new ArrayList<>(rows.size());
        for (ImportRow row : rows.values()) {
            numbered.add(new ImportRow(numbered.size() + 1, row.ref(), row.period(), row.figure(), row.target()));
        }
        return numbered.iterator();
    }
}
