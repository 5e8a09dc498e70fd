package uk.org.councilkpi.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.problem.ApiException;

/**
 * Defines priorities and objectives and which indicators serve them. A plan is two levels deep: a PRIORITY has no
 * parent; an OBJECTIVE sits under a PRIORITY of the same plan, or at the top of its plan (Halton's 2009/10 objectives).
 */
@ApplicationScoped
public class ObjectiveService {

    private final ObjectiveRepository objectives;
    private final PlanService plans;
    private final IndicatorRepository indicators;
    private final Audit audit;
    private final Clock clock;

    public ObjectiveService(ObjectiveRepository objectives, PlanService plans, IndicatorRepository indicators,
                            Audit audit, Clock clock) {
        this.objectives = objectives;
        this.plans = plans;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /** The objective with this ref, or a 404 problem. */
    public Objective require(String ref) {
        return objectives.findByRef(ref).orElseThrow(() -> ApiException.notFound("No objective with ref '" + ref + "'"));
    }

    @Transactional
    public List<ObjectiveResponse> list(String planRef) {
        if (planRef == null) {
            return plans.list().stream().flatMap(p -> p.objectives().stream()).toList();
        }
        return plans.get(planRef).objectives();
    }

    @Transactional
    public ObjectiveResponse get(String ref) {
        return ObjectiveResponse.of(require(ref));
    }

    @Transactional
    public ObjectiveResponse create(ObjectiveRequest request) {
        if (objectives.findByRef(request.ref()).isPresent()) {
            throw ApiException.conflict("An objective with ref '" + request.ref() + "' already exists");
        }
        Objective objective = new Objective();
        objective.ref = request.ref();
        objective.createdAt = clock.instant();
        apply(objective, request);
        objective.updatedBy = audit.actor(null);
        objectives.persist(objective);
        objectives.flush();
        return ObjectiveResponse.of(objective);
    }

    @Transactional
    public ObjectiveResponse replace(String ref, ObjectiveRequest request) {
        Objective objective = require(ref);
        if (!ref.equals(request.ref())) {
            throw ApiException.invalid("ref", "must be '" + ref + "', the ref in the path: a ref cannot change");
        }
        apply(objective, request);
        objective.updatedBy = audit.actor(null);
        objectives.flush();
        return ObjectiveResponse.of(objective);
    }

    /** Deletes an objective with no objectives under it and no milestones (409 otherwise); its memberships go. */
    @Transactional
    public void delete(String ref) {
        Objective objective = require(ref);
        long children = objectives.countChildren(objective);
        long milestones = objectives.countMilestones(objective);
        if (children + milestones > 0) {
            throw ApiException.conflict("Objective '" + ref + "' has " + children + " objective(s) under it and "
                    + milestones + " milestone(s): move or delete them first");
        }
        audit.actor(null);
        objectives.delete(objective);
    }

    private void apply(Objective o, ObjectiveRequest r) {
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
        Set<Indicator> serving = new LinkedHashSet<>();
        List<String> refs = r.indicators() == null ? List.of() : r.indicators();
        List<Indicator> found = refs.isEmpty() ? List.of() : indicators.list("ref in ?1", refs);
        List<String> unknown = refs.stream().filter(ref -> found.stream().noneMatch(i -> i.ref.equals(ref))).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("indicators", "names no indicator: " + String.join(", ", unknown));
        }
        serving.addAll(found);
        o.plan = plan;
        o.parent = parent;
        o.level = level;
        o.title = r.title().strip();
        o.position = r.position() == null ? 0 : r.position();
        o.indicators.clear();
        o.indicators.addAll(serving);
        o.updatedAt = clock.instant();
    }
}
