package uk.org.councilkpi.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.definition.DefinitionKind;
import uk.org.councilkpi.definition.DefinitionService;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.problem.ApiException;

/**
 * Defines priorities and objectives and which indicators serve them. A plan is two levels deep: a PRIORITY has no
 * parent; an OBJECTIVE sits under a PRIORITY of the same plan, or at the top of its plan (Halton's 2009/10 objectives).
 */
@ApplicationScoped
public class ObjectiveService extends DefinitionService<Objective, ObjectiveRequest, ObjectiveResponse> {

    private final ObjectiveRepository objectives;
    private final PlanService plans;
    private final IndicatorService indicators;

    public ObjectiveService(ObjectiveRepository objectives, PlanService plans, IndicatorService indicators,
                            Audit audit) {
        super(new DefinitionKind<>("objective", Objective::new, ObjectiveResponse::of), objectives, audit);
        this.objectives = objectives;
        this.plans = plans;
        this.indicators = indicators;
    }

    @Transactional
    public List<ObjectiveResponse> list(String planRef) {
        if (planRef == null) {
            return plans.list().stream().flatMap(p -> p.objectives().stream()).toList();
        }
        return plans.get(planRef).objectives();
    }

    /** Objectives under it and its milestones keep it; its indicator memberships go with it. */
    @Override
    protected Optional<String> keptBecause(Objective objective) {
        long children = objectives.countChildren(objective);
        long milestones = objectives.countMilestones(objective);
        return keptIf(children + milestones, "Objective '" + objective.ref + "' has " + children
                + " objective(s) under it and " + milestones + " milestone(s): move or delete them first");
    }

    @Override
    protected void apply(Objective o, ObjectiveRequest r) {
        Plan plan = plans.find(r.plan())
                .orElseThrow(() -> ApiException.invalid("plan", "is not the ref of any plan: define the plan first"));
        Objective parent = null;
        if (r.parent() != null) {
            parent = objectives.findByRef(r.parent()).orElseThrow(() ->
                    ApiException.invalid("parent", "is not the ref of any priority"));
            if (parent.level != ObjectiveLevel.PRIORITY || !parent.plan.id.equals(plan.id) || parent == o) {
                throw ApiException.invalid("parent", "must be a priority of plan '" + plan.ref + "'");
            }
        }
        ObjectiveLevel level = r.level() != null ? r.level() : parent == null ? ObjectiveLevel.PRIORITY : ObjectiveLevel.OBJECTIVE;
        if (level == ObjectiveLevel.PRIORITY && parent != null) {
            throw ApiException.invalid("parent", "must be absent for a priority: a priority sits at the top of its plan");
        }
        if (o.id != null && objectives.countChildren(o) > 0) {
            if (level == ObjectiveLevel.OBJECTIVE) {
                throw ApiException.invalid("level", "cannot be OBJECTIVE: objectives sit under this priority");
            }
            if (!o.plan.id.equals(plan.id)) {
                throw ApiException.invalid("plan", "cannot change: objectives sit under this priority in plan '"
                        + o.plan.ref + "'");
            }
        }
        indicators.link(o.indicators, r.indicators());
        o.ref = r.ref();
        o.plan = plan;
        o.parent = parent;
        o.level = level;
        o.title = r.title().strip();
        o.position = r.position() == null ? 0 : r.position();
    }
}
