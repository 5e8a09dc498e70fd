package uk.org.councilkpi.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A milestone's due date, as Halton writes it: "... by September 2009" at the end of its text (the last day of that
 * month), or "Mar 10" in a target column (the last day of March 2010). Anything else: no due date, never a guess.
 */
final class PrintedDueDate {

    private static final Pattern BY_MONTH = Pattern.compile("\\bby\\s+(?:the\\s+end\\s+of\\s+)?([A-Za-z]+)\\s+(\\d{4})\\b");
    private static final Pattern SHORT = Pattern.compile("^([A-Za-z]{3})\\s+(\\d{2})\\b");

    private PrintedDueDate() {
    }

    /** "by September 2009" anywhere in a milestone's text: the last one wins (it is the milestone's own). */
    static Optional<LocalDate> inText(String text) {
        Matcher m = BY_MONTH.matcher(text == null ? "" : text);
        Optional<LocalDate> found = Optional.empty();
        while (m.find()) {
            Optional<LocalDate> date = month(m.group(1), false).map(month -> lastDay(Integer.parseInt(m.group(2)), month));
            if (date.isPresent()) {
                found = date;
            }
        }
        return found;
    }

    /** "Mar 10 OD Specialist Services": March 2010. */
    static Optional<LocalDate> shortForm(String text) {
        Matcher m = SHORT.matcher(text == null ? "" : text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return month(m.group(1), true).map(month -> lastDay(2000 + Integer.parseInt(m.group(2)), month));
    }

    /** What follows a short-form date: "OD Specialist Services and all DM's". */
    static String afterShortForm(String text) {
        Matcher m = SHORT.matcher(text.strip());
        return m.find() ? text.strip().substring(m.end()).strip() : text.strip();
    }

    private static Optional<Month> month(String word, boolean shortName) {
        for (Month month : Month.values()) {
            String name = month.getDisplayName(shortName ? TextStyle.SHORT : TextStyle.FULL, Locale.UK);
            if (name.equalsIgnoreCase(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static LocalDate lastDay(int year, Month month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }
}
