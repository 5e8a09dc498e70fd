package uk.org.councilkpi.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.councilkpi.common.AsAt;
import uk.org.councilkpi.definition.DefinitionRepository;

@ApplicationScoped
public class IndicatorRepository implements DefinitionRepository<Indicator> {

    /** How many figures are recorded for an indicator. */
    public long countFigures(Indicator indicator) {
        return getEntityManager()
                .createQuery("select count(v) from IndicatorValue v where v.indicator = :indicator", Long.class)
                .setParameter("indicator", indicator).getSingleResult();
    }

    /** The indicator with this ref as it stood at an instant (its definition then), if it existed. */
    public Optional<Indicator> findByRefAsAt(String ref, Instant asAt) {
        return asAt(AsAt.rows("indicator", "{t}.ref = :ref"), asAt).setParameter("ref", ref)
                .getResultStream().findFirst();
    }

    /** The indicators matching a filter, with their definitions of now ({@code asAt} null) or of an earlier instant. */
    public List<Indicator> matching(IndicatorFilter filter, Instant asAt) {
        return asAt == null ? matching(filter).list() : matchingAsAt(filter, asAt);
    }

    /** The refs of the objectives each of these indicators serves, by indicator id: one query. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<String>> objectiveRefs(Collection<Long> indicatorIds) {
        Map<Long, List<String>> refs = new HashMap<>();
        List<Object[]> rows = getEntityManager().createNativeQuery("select oi.indicator_id, o.ref from objective_indicator oi"
                + " join objective o on o.id = oi.objective_id where oi.indicator_id in (:ids) order by o.ref")
                .setParameter("ids", indicatorIds).getResultList();
        for (Object[] r : rows) {
            refs.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return refs;
    }

    /** The indicators matching a filter as they stood at an instant, in the same order as {@link #matching}. */
    @SuppressWarnings("unchecked")
    public List<Indicator> matchingAsAt(IndicatorFilter filter, Instant asAt) {
        List<IndicatorFilter.Criterion> criteria = filter.criteria();
        String where = Stream.concat(Stream.of("true"), criteria.stream().map(IndicatorFilter.Criterion::sql))
                .collect(Collectors.joining(" and "));
        Query query = asAt("select x.* from (" + AsAt.rows("indicator", where) + ") x order by x.directorate, x.id", asAt);
        criteria.forEach(c -> query.setParameter(c.name(), c.sqlValue()));
        return query.getResultList();
    }

    /** The indicators matching a filter, by directorate, then in the order they were defined (a report's order). */
    public PanacheQuery<Indicator> matching(IndicatorFilter filter) {
        List<IndicatorFilter.Criterion> criteria = filter.criteria();
        Sort sort = Sort.by("directorate").and("id");
        if (criteria.isEmpty()) {
            return findAll(sort);
        }
        Parameters params = new Parameters();
        criteria.forEach(c -> params.and(c.name(), c.value()));
        return find(criteria.stream().map(IndicatorFilter.Criterion::jpql).collect(Collectors.joining(" and ")), sort, params);
    }

    private Query asAt(String sql, Instant asAt) {
        return getEntityManager().createNativeQuery(sql, Indicator.class)
                .setParameter("asAt", asAt).setHint("org.hibernate.readOnly", true);
    }
}
