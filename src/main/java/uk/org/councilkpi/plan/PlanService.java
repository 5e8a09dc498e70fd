package uk.org.councilkpi.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.definition.DefinitionKind;
import uk.org.councilkpi.definition.DefinitionService;
import uk.org.councilkpi.period.InvalidPeriodException;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;

/** Defines plans and reads them with their priorities and objectives. */
@ApplicationScoped
public class PlanService extends DefinitionService<Plan, PlanRequest, PlanResponse> {

    private static final Comparator<Objective> ORDER = Comparator.<Objective>comparingInt(o -> o.position)
            .thenComparing(o -> o.ref);

    private final PlanRepository plans;
    private final ObjectiveRepository objectives;

    public PlanService(PlanRepository plans, ObjectiveRepository objectives, Audit audit) {
        super(new DefinitionKind<>("plan", Plan::new, plan -> response(plan, objectives.ofPlans(List.of(plan.id)))),
                plans, audit);
        this.plans = plans;
        this.objectives = objectives;
    }

    @Transactional
    public List<PlanResponse> list() {
        List<Plan> all = plans.inRefOrder();
        Map<Long, List<Objective>> byPlan = objectives.ofPlans(all.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(o -> o.plan.id));
        return all.stream().map(p -> response(p, byPlan.getOrDefault(p.id, List.of()))).toList();
    }

    /** Its priorities and objectives keep it: nothing goes by accident. */
    @Override
    protected Optional<String> keptBecause(Plan plan) {
        int count = objectives.ofPlans(List.of(plan.id)).size();
        return keptIf(count, "Plan '" + plan.ref + "' has " + count + " priorities or objectives: delete them first");
    }

    @Override
    protected void apply(Plan plan, PlanRequest r) {
        plan.ref = r.ref();
        plan.title = r.title().strip();
        plan.directorate = r.directorate();
        plan.fromPeriod = period("fromPeriod", r.fromPeriod());
        plan.toPeriod = period("toPeriod", r.toPeriod());
        if (plan.fromPeriod != null && plan.toPeriod != null
                && Period.parse(plan.fromPeriod).compareTo(Period.parse(plan.toPeriod)) > 0) {
            throw ApiException.invalid("toPeriod", "must not be before fromPeriod");
        }
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
