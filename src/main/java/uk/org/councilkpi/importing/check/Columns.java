package uk.org.councilkpi.importing.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a kind of batch (figures and targets: {@link Column}; milestones' progress), one rule for their
 * names: a column's header and JSON field is its constant's name in lower case, in the order declared.
 *
 * @param type     the columns
 * @param required the columns a header must name
 * @param readPast names a spreadsheet may carry for people to read, never imported
 */
public record Columns<C extends Enum<C>>(Class<C> type, List<C> required, List<String> readPast) {

    /** The header and JSON field naming a column. */
    public static String nameOf(Enum<?> column) {
        return column.name().toLowerCase(Locale.ROOT);
    }

    /** The column a spreadsheet's header names, whatever its case and surrounding spaces. */
    public Optional<C> ofHeader(String name) {
        return ofField(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The column a JSON field names, exactly. */
    public Optional<C> ofField(String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> nameOf(c).equals(name)).findFirst();
    }

    /** Every column's name, as a message lists them. */
    public String names() {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Columns::nameOf).toList());
    }

    /** The required columns as a JSON row shows them: {@code {"ref": ..., "period": ...}}. */
    public String jsonRow() {
        return "{" + String.join(", ", required.stream().map(c -> "\"" + nameOf(c) + "\": ...").toList()) + "}";
    }
}
