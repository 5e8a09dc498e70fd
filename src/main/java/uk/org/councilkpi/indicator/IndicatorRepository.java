package uk.org.councilkpi.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Sort sort = Sort.by("directorate").and("id");
        return clauses.isEmpty() ? findAll(sort) : find(String.join(" and ", clauses), sort, params);
    }
}
