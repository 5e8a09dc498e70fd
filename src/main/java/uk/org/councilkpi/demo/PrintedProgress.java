package uk.org.councilkpi.demo;

import java.util.Locale;
import java.util.Set;
import uk.org.councilkpi.status.ProgressRating;

/**
 * A progress cell of Halton's reports, as the PDF conversion left it, read as a rating. Pure: what was printed in,
 * a rating and why out.
 * <ul>
 *   <li>a tick, however converted ({@code ✓}, {@code <b>✓</b>}, {@code $\checkmark$}, a checked box
 *       {@code <input checked="" type="checkbox"/>}): ON_COURSE (green in the key);</li>
 *   <li>{@code ?}: UNCERTAIN (amber); a cross ({@code ✗ ✘ × x}): OFF_COURSE (red);</li>
 *   <li>"Information requested, not provided", in the cell or as the row's only commentary: NOT_PROVIDED;</li>
 *   <li>anything else is NOT_KNOWN, never a guess: an empty cell (the symbol was an image the conversion dropped),
 *       a glyph of a symbol font read as a character ({@code 1}, {@code ~}, {@code <b>4</b>}), an arrow (a direction
 *       of travel printed in the progress column, not a rating: {@code ↑}), or words that are no rating
 *       ("New measure").</li>
 * </ul>
 */
public final class PrintedProgress {

    /** "Information requested, not provided", as Halton prints a return that never came. */
    static final String NOT_PROVIDED_TEXT = "information requested, not provided";

    private static final Set<String> TICKS = Set.of("✓", "✔", "$\\checkmark$", "<input checked=\"\" type=\"checkbox\"/>");
    private static final Set<String> CROSSES = Set.of("✗", "✘", "×", "x", "$\\times$");

    /** A cell read: the rating and, in words, why. */
    public record Reading(ProgressRating rating, String why) {
    }

    private PrintedProgress() {
    }

    public static Reading read(String cell, String commentary) {
        String symbol = unwrapBold(cell == null ? "" : cell.strip());
        if (TICKS.contains(symbol)) {
            return new Reading(ProgressRating.ON_COURSE, "a tick ('" + cell.strip() + "'): on course");
        }
        if (symbol.equals("?")) {
            return new Reading(ProgressRating.UNCERTAIN, "'?': uncertain");
        }
        if (CROSSES.contains(symbol.toLowerCase(Locale.ROOT))) {
            return new Reading(ProgressRating.OFF_COURSE, "a cross ('" + cell.strip() + "'): off course");
        }
        if (isNotProvided(symbol) || symbol.isEmpty() && isNotProvided(commentary)) {
            return new Reading(ProgressRating.NOT_PROVIDED, "\"Information requested, not provided\"");
        }
        if (symbol.isEmpty()) {
            return new Reading(ProgressRating.NOT_KNOWN, "no symbol left in the converted report: lost, not known");
        }
        return new Reading(ProgressRating.NOT_KNOWN, "'" + cell.strip() + "' is no progress symbol (a glyph or"
                + " words the conversion left): not known");
    }

    private static boolean isNotProvided(String text) {
        return text != null && text.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "").toLowerCase(Locale.ROOT)
                .equals(NOT_PROVIDED_TEXT);
    }

    private static String unwrapBold(String cell) {
        String s = cell;
        while (s.startsWith("<b>") && s.endsWith("</b>")) {
            s = s.substring(3, s.length() - 4).strip();
        }
        return s;
    }
}
