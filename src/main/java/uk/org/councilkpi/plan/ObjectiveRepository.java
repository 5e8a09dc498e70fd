package uk.org.councilkpi.plan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.definition.DefinitionRepository;

@ApplicationScoped
public class ObjectiveRepository implements DefinitionRepository<Objective> {

    private static final String WITH_ALL = "select distinct o from Objective o join fetch o.plan left join fetch o.parent"
            + " left join fetch o.indicators";

    @Override
    public Optional<Objective> findByRef(String ref) {
        return find(WITH_ALL + " where o.ref = ?1", ref).singleResultOptional();
    }

    /** The objectives of these plans, with their parents and indicators: one query. */
    public List<Objective> ofPlans(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : list(WITH_ALL + " where o.plan.id in ?1", planIds);
    }

    public long countChildren(Objective objective) {
        return count("parent", objective);
    }

    public long countMilestones(Objective objective) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from milestone where objective_id = :id")
                .setParameter("id", objective.id).getSingleResult()).longValue();
    }
}
