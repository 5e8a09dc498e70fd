package uk.org.councilkpi.common;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import uk.org.councilkpi.problem.ApiException;

/**
 * Reads "as at" an instant. Every table that feeds a scorecard keeps its current rows (stamped valid_from)
 * and, in {@code <table>_history}, every version a change ended (valid_from .. valid_to): see the V2 migration.
 * The version of a row as at T is the current one if it was written by T, else the history one that was
 * current at T.
 */
public final class AsAt {

    private AsAt() {
    }

    /**
     * SQL selecting the rows of {@code table} as they stood at {@code :asAt}, in the table's own columns (so
     * that they map onto its entity), filtered by {@code where}, written with {@code {t}} for the table alias.
     */
    public static String rows(String table, String where) {
        return "select c.* from " + table + " c where c.valid_from <= :asAt and (" + where.replace("{t}", "c") + ")"
                + " union all select (jsonb_populate_record(null::" + table + ", to_jsonb(h))).* from " + table
                + "_history h where h.valid_from <= :asAt and h.valid_to > :asAt and (" + where.replace("{t}", "h") + ")";
    }

    /** The rows of these indicators for these periods as they stood at {@code asAt}, as entities (read-only). */
    @SuppressWarnings("unchecked")
    public static <T> List<T> forIndicators(EntityManager em, Class<T> type, String table, Collection<Long> indicatorIds,
                                            Collection<String> periods, Instant asAt) {
        return em.createNativeQuery(rows(table, "{t}.indicator_id in (:ids) and {t}.period in (:periods)"), type)
                .setParameter("asAt", asAt).setParameter("ids", indicatorIds).setParameter("periods", periods)
                .setHint("org.hibernate.readOnly", true).getResultList();
    }

    /** All rows of one indicator as they stood at {@code asAt}, as entities (read-only). */
    @SuppressWarnings("unchecked")
    public static <T> List<T> forIndicator(EntityManager em, Class<T> type, String table, long indicatorId, Instant asAt) {
        return em.createNativeQuery(rows(table, "{t}.indicator_id = :id"), type)
                .setParameter("asAt", asAt).setParameter("id", indicatorId)
                .setHint("org.hibernate.readOnly", true).getResultList();
    }

    /** An {@code asAt} query parameter read as text: see {@link #parse(String, String)}. */
    public static Instant parse(String text) {
        return parse("asAt", text);
    }

    /**
     * An instant parameter ({@code asAt}): an ISO-8601 date and time with its offset ("2017-11-27T09:00:00Z"), in the
     * years 1900 to 2999; null if absent or blank; otherwise a 400 problem naming the parameter. Query parameters of
     * type {@link Instant} are read so ({@code web.ParameterConverters}).
     */
    public static Instant parse(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(text.strip());
            if (at.getYear() < 1900 || at.getYear() > 2999) {
                throw ApiException.invalid(name, "must be between the years 1900 and 2999");
            }
            return at.toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 date and time with its offset, e.g. 2017-11-27T09:00:00Z");
        }
    }
}
