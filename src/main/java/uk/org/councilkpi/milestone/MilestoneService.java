package uk.org.councilkpi.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.changes.ChangesRepository;
import uk.org.councilkpi.changes.ChangesResponse;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.definition.DefinitionKind;
import uk.org.councilkpi.definition.DefinitionService;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.plan.Objective;
import uk.org.councilkpi.plan.ObjectiveRepository;
import uk.org.councilkpi.plan.PlanService;
import uk.org.councilkpi.problem.ApiException;

/** Defines milestones (risk control measures, actions) and looks them up. */
@ApplicationScoped
public class MilestoneService extends DefinitionService<Milestone, MilestoneRequest, MilestoneResponse> {

    private final MilestoneRepository milestones;
    private final ObjectiveRepository objectives;
    private final IndicatorService indicators;
    private final ChangesRepository versions;

    public MilestoneService(MilestoneRepository milestones, ObjectiveRepository objectives,
                            IndicatorService indicators, ChangesRepository versions, Audit audit) {
        super(new DefinitionKind<>("milestone", Milestone::new, MilestoneResponse::of), milestones, audit);
        this.milestones = milestones;
        this.objectives = objectives;
        this.indicators = indicators;
        this.versions = versions;
    }

    @Transactional
    public List<MilestoneResponse> list(MilestoneFilter filter) {
        return milestones.matching(filter).stream().map(MilestoneResponse::of).toList();
    }

    /**
     * Every change to the milestone's definition and progress, oldest first, its deletion included once it has been
     * deleted (its history stays); a 404 problem if no milestone ever had this ref.
     */
    @Transactional
    public ChangesResponse changes(String ref) {
        long id = find(ref).map(m -> m.id).or(() -> versions.deletedId("milestone", ref))
                .orElseThrow(() -> ApiException.notFound("No milestone has ever had the ref '" + ref + "'"));
        return new ChangesResponse(ref, versions.milestoneChanges(id));
    }

    /** Its recorded progress keeps it, so that none is lost by accident. */
    @Override
    protected Optional<String> keptBecause(Milestone milestone) {
        long progress = milestones.countProgress(milestone);
        return keptIf(progress, "Milestone '" + milestone.ref + "' has progress recorded for " + progress
                + " quarter(s); delete it first, so that none is lost by accident");
    }

    @Override
    protected void apply(Milestone m, MilestoneRequest r) {
        Objective objective = r.objective() == null ? null : objectives.findByRef(r.objective()).orElseThrow(() ->
                ApiException.invalid("objective", "is not the ref of any priority or objective: define it first"));
        if (r.dueDate() != null && r.duePeriod() != null) {
            throw ApiException.invalid("duePeriod", "must be absent when dueDate is given: a milestone is due by a date"
                    + " or by the end of a period, not both");
        }
        indicators.link(m.indicators, r.indicators());
        m.ref = r.ref();
        m.title = r.title().strip();
        m.kind = r.kind() == null ? MilestoneKind.MILESTONE : r.kind();
        m.objective = objective;
        m.directorate = r.directorate();
        m.service = r.service();
        m.responsibleOfficer = r.responsibleOfficer();
        m.responsibleEmail = r.responsibleEmail();
        m.dueDate = r.dueDate();
        m.duePeriod = PlanService.period("duePeriod", r.duePeriod());
        m.position = r.position() == null ? 0 : r.position();
    }
}
