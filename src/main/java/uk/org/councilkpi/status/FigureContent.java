package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a figure says, and so what decides whether a write changes it: a write whose content is the figure's own is
 * no correction (no new version, no history, no feed entry).
 * <ul>
 *   <li>the numbers are compared as numbers (20 is 20.000000);</li>
 *   <li>the other fields as they are; who entered it, when and in which batch are not content.</li>
 * </ul>
 * The import compares in SQL: its column list is {@link #COLUMNS}, made from this record's components, so that the
 * two cannot drift apart.
 */
public record FigureContent(ValueState state, BigDecimal number, boolean provisional, boolean estimated, String note,
                            String commentary) {

    /** The columns of a figure's content, in this record's order (the components' names, in snake case). */
    public static final List<String> COLUMNS = Arrays.stream(FigureContent.class.getRecordComponents())
            .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT)).toList();

    /** Whether a write of {@code other} would leave this figure as it is. */
    public boolean sameAs(FigureContent other) {
        return state == other.state
                && (number == null ? other.number == null : other.number != null && number.compareTo(other.number) == 0)
                && provisional == other.provisional
                && estimated == other.estimated
                && Objects.equals(note, other.note)
                && Objects.equals(commentary, other.commentary);
    }

    /** The content columns of a table alias as an SQL row: {@code (v.state, v.number, ...)}. */
    public static String sqlRow(String alias) {
        return COLUMNS.stream().map(c -> alias + "." + c).collect(Collectors.joining(", ", "(", ")"));
    }
}
