package uk.org.councilkpi.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.councilkpi.common.SqlValues;

/** Reads every version, current and past, of everything an indicator (or a milestone) has: one query per table. */
@ApplicationScoped
public class ChangesRepository {

    private static final Map<Change.Kind, String> TABLES = Map.of(
            Change.Kind.DEFINITION, "indicator", Change.Kind.TARGET, "target", Change.Kind.VALUE, "indicator_value",
            Change.Kind.OVERRIDE, "rag_override", Change.Kind.COMPARATOR, "comparator");
    /** Bookkeeping columns that say nothing about the content of a version. */
    private static final String NOISE = " - 'id' - 'indicator_id' - 'valid_from' - 'valid_to' - 'ended_how' - 'ended_by'"
            + " - 'ended_batch_id' - 'version' - 'change_reason' - 'ended_reason' - 'milestone_id'";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ChangesRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    List<Version> versions(long indicatorId) {
        List<Version> versions = new ArrayList<>();
        for (Map.Entry<Change.Kind, String> table : TABLES.entrySet()) {
            boolean definition = table.getKey() == Change.Kind.DEFINITION;
            versions.addAll(versions(table.getKey(), table.getValue(), definition ? "id" : "indicator_id", !definition,
                    indicatorId));
        }
        return versions;
    }

    /**
     * The id a deleted definition had under this ref, the most recently deleted if the ref was used again: its history
     * stays when it goes, so its trail can still be read. {@code table} is a definition table ("indicator",
     * "milestone").
     */
    @SuppressWarnings("unchecked")
    public Optional<Long> deletedId(String table, String ref) {
        List<Object> ids = em.createNativeQuery("select id from " + table + "_history where ref = :ref"
                + " and ended_how = 'DELETED' order by valid_to desc limit 1").setParameter("ref", ref).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Every change to a milestone's definition and progress, oldest first: two queries. */
    public List<Change> milestoneChanges(long milestoneId) {
        List<Version> versions = new ArrayList<>(versions(Change.Kind.MILESTONE, "milestone", "id", false, milestoneId));
        versions.addAll(versions(Change.Kind.PROGRESS, "milestone_progress", "milestone_id", true, milestoneId));
        return ChangeLog.changes(versions);
    }

    /** Every version, current and past, of the rows of one table whose {@code key} column is {@code id}. */
    @SuppressWarnings("unchecked")
    private List<Version> versions(Change.Kind kind, String table, String key, boolean periodic, long id) {
        String period = periodic ? "period" : "null";
        String sql = "select " + period + ", (to_jsonb(c)" + NOISE + ")::text, valid_from, null::timestamptz,"
                + " null, null, null, change_reason, null from " + table + " c where " + key + " = :id"
                + " union all select " + period + ", (to_jsonb(h)" + NOISE + ")::text, valid_from, valid_to,"
                + " ended_how, ended_by, ended_batch_id, change_reason, ended_reason from " + table
                + "_history h where " + key + " = :id";
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        List<Version> versions = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            versions.add(new Version(kind, (String) r[0], json((String) r[1]),
                    SqlValues.instant(r[2]), SqlValues.instant(r[3]), (String) r[4],
                    (String) r[5], r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7], (String) r[8]));
        }
        return versions;
    }

    private Map<String, Object> json(String text) {
        try {
            return mapper.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable version row", e);
        }
    }
}
