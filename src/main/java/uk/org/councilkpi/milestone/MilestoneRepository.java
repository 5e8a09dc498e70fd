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
        Where where = new Where()
                .and("pl.ref = :plan", "plan", filter.plan())
                .and("(o.ref = :objective or par.ref = :objective)", "objective", filter.objective())
                .and("m.directorate = :directorate", "directorate", filter.directorate())
                .and("m.service = :service", "service", filter.service())
                .and("m.kind = :kind", "kind", filter.kind() == null ? null : MilestoneKind.valueOf(filter.kind()));
        return find(WITH_ALL + " where " + String.join(" and ", where.clauses) + " order by m.position, m.id",
                where.params).list();
    }

    public long countProgress(Milestone milestone) {
        return getEntityManager().createQuery("select count(p) from MilestoneProgress p where p.milestone = :m", Long.class)
                .setParameter("m", milestone).getSingleResult();
    }

    /** A filter's clauses that apply (those whose value is given), with the values they bind. */
    private static final class Where {

        private final List<String> clauses = new ArrayList<>(List.of("true"));
        private final Parameters params = new Parameters();

        Where and(String clause, String name, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.and(name, value);
            }
            return this;
        }
    }
}
