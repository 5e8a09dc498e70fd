package uk.org.councilkpi.milestone;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.org.councilkpi.importing.check.Cell;
import uk.org.councilkpi.importing.check.Columns;
import uk.org.councilkpi.period.InvalidPeriodException;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.status.ProgressRating;

/**
 * One row of a batch of progress as read: {@code rating} null when unreadable (an error was reported).
 *
 * @param readAs how cells written as a person would were read
 */
record ProgressRow(int row, String milestone, String period, ProgressRating rating, String commentary,
                   List<String> readAs) {

    static final int MAX_COMMENTARY = 10_000;
    private static final List<ProgressColumn> WORDS = List.of(ProgressColumn.MILESTONE, ProgressColumn.PERIOD,
            ProgressColumn.RATING, ProgressColumn.COMMENTARY);

    /**
     * One row on its own: a milestone ref, a quarter, a rating (its name; in a spreadsheet, in any case and with
     * spaces: "on course"), and commentary of at most 10,000 characters; in JSON, every field a string. A row with a
     * milestone goes on to the checks across rows even with other errors, so that every error is reported.
     */
    static Optional<ProgressRow> check(int row, Map<ProgressColumn, Cell> cells, Consumer<RowError> errors) {
        if (!strings(row, cells, errors) || !text(row, cells, errors)) {
            return Optional.empty();
        }
        boolean spreadsheet = cells.values().stream().anyMatch(c -> c.kind() == Cell.Kind.TEXT);
        String milestone = text(cells, ProgressColumn.MILESTONE);
        if (milestone == null || milestone.isBlank()) {
            errors.accept(new RowError(row, "milestone", milestone, "is required: the milestone's ref, e.g. P1.1",
                    RowErrorCode.UNKNOWN_MILESTONE));
        }
        String quarter = quarter(row, text(cells, ProgressColumn.PERIOD), errors);
        List<String> readAs = new ArrayList<>();
        ProgressRating rating = rating(row, text(cells, ProgressColumn.RATING), spreadsheet, readAs, errors);
        String commentary = text(cells, ProgressColumn.COMMENTARY);
        String words = commentary == null || commentary.isBlank() ? null : commentary;
        if (words != null && words.length() > MAX_COMMENTARY) {
            errors.accept(new RowError(row, "commentary", words, "is longer than " + MAX_COMMENTARY + " characters",
                    RowErrorCode.TOO_LONG));
        }
        if (milestone == null || milestone.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ProgressRow(row, milestone.strip(), quarter, rating, words, List.copyOf(readAs)));
    }

    /** Whether every cell is text (a CSV cell, a JSON string or null); each one that is not is an error. */
    private static boolean strings(int row, Map<ProgressColumn, Cell> cells, Consumer<RowError> errors) {
        boolean strings = true;
        for (Map.Entry<ProgressColumn, Cell> cell : cells.entrySet()) {
            Cell.Kind kind = cell.getValue().kind();
            if (kind != Cell.Kind.TEXT && kind != Cell.Kind.STRING && kind != Cell.Kind.NULL) {
                errors.accept(new RowError(row, Columns.nameOf(cell.getKey()), cell.getValue().text(),
                        "must be a string", RowErrorCode.MALFORMED));
                strings = false;
            }
        }
        return strings;
    }

    /** Whether no cell holds a NUL (a binary file); each one that does is an error. */
    private static boolean text(int row, Map<ProgressColumn, Cell> cells, Consumer<RowError> errors) {
        boolean text = true;
        for (ProgressColumn column : WORDS) {
            String cell = text(cells, column);
            if (cell != null && cell.indexOf('\0') >= 0) {
                errors.accept(new RowError(row, Columns.nameOf(column), null, "holds a NUL character: is the file text"
                        + " (CSV UTF-8)?", RowErrorCode.ENCODING));
                text = false;
            }
        }
        return text;
    }

    private static String text(Map<ProgressColumn, Cell> cells, ProgressColumn column) {
        Cell cell = cells.get(column);
        return cell == null ? null : cell.text();
    }

    private static String quarter(int row, String period, Consumer<RowError> errors) {
        if (period == null || period.isBlank()) {
            errors.accept(new RowError(row, "period", period, "is required: a quarter such as 2024-25-Q1",
                    RowErrorCode.INVALID_PERIOD));
            return null;
        }
        try {
            return Period.quarter(period).code();
        } catch (InvalidPeriodException e) {
            errors.accept(new RowError(row, "period", period, e.getMessage(), RowErrorCode.INVALID_PERIOD));
            return null;
        }
    }

    private static ProgressRating rating(int row, String rating, boolean spreadsheet, List<String> readAs,
                                         Consumer<RowError> errors) {
        if (rating == null || rating.isBlank()) {
            errors.accept(new RowError(row, "rating", rating, "is required: one of " + ratings(),
                    RowErrorCode.INVALID_RATING));
            return null;
        }
        String name = spreadsheet ? rating.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_') : rating;
        try {
            ProgressRating value = ProgressRating.valueOf(name);
            if (!name.equals(rating)) {
                readAs.add("rating '" + rating + "' read as " + value);
            }
            return value;
        } catch (IllegalArgumentException e) {
            errors.accept(new RowError(row, "rating", rating, "is not a rating: one of " + ratings(),
                    RowErrorCode.INVALID_RATING));
            return null;
        }
    }

    private static String ratings() {
        return String.join(", ", Arrays.stream(ProgressRating.values()).map(Enum::name).toList());
    }
}
