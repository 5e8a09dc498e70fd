package uk.org.councilkpi.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.councilkpi.common.AsAt;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    public Optional<Indicator> findByRef(String ref) {
        return find("ref", ref).firstResultOptional();
    }

    /** How many figures are recorded for an indicator. */
    public long countFigures(Indicator indicator) {
        return getEntityManager()
                .createQuery("select count(v) from IndicatorValue v where v.indicator = :indicator", Long.class)
                .setParameter("indicator", indicator).getSingleResult();
    }

    /** The refs of the priorities and objectives each of these indicators serves, in ref order: one query. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<String>> objectiveRefs(java.util.Collection<Long> indicatorIds) {
        Map<Long, List<String>> refs = new HashMap<>();
        List<Object[]> rows = getEntityManager().createNativeQuery("select oi.indicator_id, o.ref from objective_indicator oi"
                + " join objective o on o.id = oi.objective_id where oi.indicator_id in (:ids) order by o.ref")
                .setParameter("ids", indicatorIds).getResultList();
        for (Object[] r : rows) {
            refs.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return refs;
    }

    /** The indicator with this ref as it stood at an instant (its definition then), if it existed. */
    public Optional<Indicator> findByRefAsAt(String ref, Instant asAt) {
        return asAt(AsAt.rows("indicator", "{t}.ref = :ref"), asAt).setParameter("ref", ref)
                .getResultStream().findFirst();
    }

    /** The indicators matching a filter as they stood at an instant, in the same order as {@link #matching}. */
    @SuppressWarnings("unchecked")
    public List<Indicator> matchingAsAt(IndicatorFilter filter, Instant asAt) {
        List<String> clauses = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        addClause(clauses, params, "{t}.service = :service", "service", filter.service);
        addClause(clauses, params, "{t}.directorate = :directorate", "directorate", filter.directorate);
        addClause(clauses, params, "{t}.plan_priority = :planPriority", "planPriority", filter.planPriority);
        addClause(clauses, params, "{t}.corporate_priority = :corporatePriority", "corporatePriority", filter.corporatePriority);
        addClause(clauses, params, "{t}.key_indicator = :key", "key", filter.keyValue());
        addClause(clauses, params, "{t}.polarity = :polarity", "polarity",
                filter.polarityValue() == null ? null : filter.polarityValue().name());
        // memberships have no history: a read of the past filters by today's membership
        addClause(clauses, params, "{t}.id in (select oi.indicator_id from objective_indicator oi join objective o on"
                + " o.id = oi.objective_id join plan p on p.id = o.plan_id where p.ref = :plan)", "plan", filter.plan);
        addClause(clauses, params, "{t}.id in (select oi.indicator_id from objective_indicator oi join objective o on"
                + " o.id = oi.objective_id left join objective par on par.id = o.parent_id"
                + " where o.ref = :objective or par.ref = :objective)", "objective", filter.objective);
        Query query = asAt("select x.* from (" + AsAt.rows("indicator", String.join(" and ", clauses))
                + ") x order by x.directorate, x.id", asAt);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private Query asAt(String sql, Instant asAt) {
        return getEntityManager().createNativeQuery(sql, Indicator.class)
                .setParameter("asAt", asAt).setHint("org.hibernate.readOnly", true);
    }

    private static void addClause(List<String> clauses, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
    }

    /** The indicators matching a filter, by directorate, then in the order they were defined (a report's order). */
    public PanacheQuery<Indicator> matching(IndicatorFilter filter) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.service != null) {
            clauses.add("service = :service");
            params.and("service", filter.service);
        }
        if (filter.directorate != null) {
            clauses.add("directorate = :directorate");
            params.and("directorate", filter.directorate);
        }
        if (filter.planPriority != null) {
            clauses.add("planPriority = :planPriority");
            params.and("planPriority", filter.planPriority);
        }
        if (filter.corporatePriority != null) {
            clauses.add("corporatePriority = :corporatePriority");
            params.and("corporatePriority", filter.corporatePriority);
        }
        if (filter.keyValue() != null) {
            clauses.add("keyIndicator = :key");
            params.and("key", filter.keyValue());
        }
        if (filter.polarityValue() != null) {
            clauses.add("polarity = :polarity");
            params.and("polarity", filter.polarityValue());
        }
        if (filter.plan != null) {
            clauses.add("id in (select i.id from Objective o join o.indicators i where o.plan.ref = :plan)");
            params.and("plan", filter.plan);
        }
        if (filter.objective != null) {
            clauses.add("id in (select i.id from Objective o join o.indicators i left join o.parent par"
                    + " where o.ref = :objective or par.ref = :objective)");
            params.and("objective", filter.objective);
        }
        Sort sort = Sort.by("directorate").and("id");
        return clauses.isEmpty() ? findAll(sort) : find(String.join(" and ", clauses), sort, params);
    }
}
