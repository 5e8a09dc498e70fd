package uk.org.councilkpi.milestone;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.definition.DefinitionRepository;

@ApplicationScoped
public class MilestoneRepository implements DefinitionRepository<Milestone> {

    /** A milestone with its objective, plan and linked indicators. */
    private static final String WITH_ALL = "select distinct m from Milestone m left join fetch m.objective o"
            + " left join fetch o.plan pl left join fetch o.parent par left join fetch m.indicators";

    @Override
    public Optional<Milestone> findByRef(String ref) {
        return find(WITH_ALL + " where m.ref = :ref", Parameters.with("ref", ref)).singleResultOptional();
    }

    /** The milestones matching a filter, in report order (position, then the order they were defined): one query. */
    public List<Milestone> matching(MilestoneFilter filter) {
        List<String> clauses = new ArrayList<>(List.of("true"));
        Parameters params = new Parameters();
        if (filter.plan() != null) {
            clauses.add("pl.ref = :plan");
            params.and("plan", filter.plan());
        }
        if (filter.objective() != null) {
            clauses.add("(o.ref = :objective or par.ref = :objective)");
            params.and("objective", filter.objective());
        }
        if (filter.directorate() != null) {
            clauses.add("m.directorate = :directorate");
            params.and("directorate", filter.directorate());
        }
        if (filter.service() != null) {
            clauses.add("m.service = :service");
            params.and("service", filter.service());
        }
        if (filter.kind() != null) {
            clauses.add("m.kind = :kind");
            params.and("kind", MilestoneKind.valueOf(filter.kind()));
        }
        return find(WITH_ALL + " where " + String.join(" and ", clauses) + " order by m.position, m.id", params).list();
    }

    public long countProgress(Milestone milestone) {
        return getEntityManager().createQuery("select count(p) from MilestoneProgress p where p.milestone = :m", Long.class)
                .setParameter("m", milestone).getSingleResult();
    }
}
