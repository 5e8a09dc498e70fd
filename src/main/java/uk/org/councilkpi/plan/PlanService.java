package uk.org.councilkpi.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.period.InvalidPeriodException;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;

/** Defines plans and reads them with their priorities and objectives. */
@ApplicationScoped
public class PlanService {

    private static final Comparator<Objective> ORDER = Comparator.<Objective>comparingInt(o -> o.position)
            .thenComparing(o -> o.ref);

    private final PlanRepository plans;
    private final ObjectiveRepository objectives;
    private final Audit audit;
    private final Clock clock;

    public PlanService(PlanRepository plans, ObjectiveRepository objectives, Audit audit, Clock clock) {
        this.plans = plans;
        this.objectives = objectives;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan with this ref, or a 404 problem. */
    public Plan require(String ref) {
        return plans.findByRef(ref).orElseThrow(() -> ApiException.notFound("No plan with ref '" + ref + "'"));
    }

    public java.util.Optional<Plan> find(String ref) {
        return plans.findByRef(ref);
    }

    @Transactional
    public List<PlanResponse> list() {
        List<Plan> all = plans.inRefOrder();
        Map<Long, List<Objective>> byPlan = objectives.ofPlans(all.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(o -> o.plan.id));
        return all.stream().map(p -> response(p, byPlan.getOrDefault(p.id, List.of()))).toList();
    }

    @Transactional
    public PlanResponse get(String ref) {
        Plan plan = require(ref);
        return response(plan, objectives.ofPlans(List.of(plan.id)));
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        if (plans.findByRef(request.ref()).isPresent()) {
            throw ApiException.conflict("A plan with ref '" + request.ref() + "' already exists");
        }
        Plan plan = new Plan();
        plan.ref = request.ref();
        plan.createdAt = clock.instant();
        apply(plan, request);
        plan.updatedBy = audit.actor(null);
        plans.persist(plan);
        plans.flush();
        return response(plan, List.of());
    }

    @Transactional
    public PlanResponse replace(String ref, PlanRequest request) {
        Plan plan = require(ref);
        if (!ref.equals(request.ref())) {
            throw ApiException.invalid("ref", "must be '" + ref + "', the ref in the path: a ref cannot change");
        }
        apply(plan, request);
        plan.updatedBy = audit.actor(null);
        plans.flush();
        return response(plan, objectives.ofPlans(List.of(plan.id)));
    }

    /** Deletes a plan that has no priorities or objectives left (409 otherwise: nothing goes by accident). */
    @Transactional
    public void delete(String ref) {
        Plan plan = require(ref);
        int count = objectives.ofPlans(List.of(plan.id)).size();
        if (count > 0) {
            throw ApiException.conflict("Plan '" + ref + "' has " + count + " priorities or objectives: delete them first");
        }
        audit.actor(null);
        plans.delete(plan);
    }

    private void apply(Plan plan, PlanRequest r) {
        plan.title = r.title().strip();
        plan.directorate = r.directorate();
        plan.fromPeriod = period("fromPeriod", r.fromPeriod());
        plan.toPeriod = period("toPeriod", r.toPeriod());
        if (plan.fromPeriod != null && plan.toPeriod != null
                && Period.parse(plan.fromPeriod).compareTo(Period.parse(plan.toPeriod)) > 0) {
            throw ApiException.invalid("toPeriod", "must not be before fromPeriod");
        }
        plan.updatedAt = clock.instant();
    }

    /** A period field of a body, as its code; a 400 naming the field if it is not one. */
    public static String period(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Period.parse(code).code();
        } catch (InvalidPeriodException e) {
            throw ApiException.invalid(field, e.getMessage());
        }
    }

    static PlanResponse response(Plan plan, List<Objective> all) {
        List<Objective> ordered = new ArrayList<>();
        all.stream().filter(o -> o.parent == null).sorted(ORDER).forEach(top -> {
            ordered.add(top);
            all.stream().filter(o -> o.parent != null && o.parent.id.equals(top.id)).sorted(ORDER).forEach(ordered::add);
        });
        return new PlanResponse(plan.ref, plan.title, plan.directorate, plan.fromPeriod, plan.toPeriod,
                ordered.stream().map(ObjectiveResponse::of).toList(), plan.createdAt, plan.updatedAt, plan.updatedBy);
    }
}
