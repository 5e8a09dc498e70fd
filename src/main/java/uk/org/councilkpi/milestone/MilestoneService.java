package uk.org.councilkpi.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.plan.Objective;
import uk.org.councilkpi.plan.ObjectiveRepository;
import uk.org.councilkpi.problem.ApiException;

/** Defines milestones (risk control measures, actions) and looks them up. */
@ApplicationScoped
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final ObjectiveRepository objectives;
    private final IndicatorRepository indicators;
    private final Audit audit;
    private final Clock clock;

    public MilestoneService(MilestoneRepository milestones, ObjectiveRepository objectives,
                            IndicatorRepository indicators, Audit audit, Clock clock) {
        this.milestones = milestones;
        this.objectives = objectives;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /** The milestone with this ref, or a 404 problem. */
    public Milestone require(String ref) {
        return milestones.findByRef(ref).orElseThrow(() -> ApiException.notFound("No milestone with ref '" + ref + "'"));
    }

    @Transactional
    public List<MilestoneResponse> list(MilestoneFilter filter) {
        return milestones.matching(filter).stream().map(MilestoneResponse::of).toList();
    }

    @Transactional
    public MilestoneResponse get(String ref) {
        return MilestoneResponse.of(require(ref));
    }

    /** Every change to the milestone's definition and progress, oldest first. */
    @Transactional
    public uk.org.councilkpi.changes.ChangesResource.ChangesResponse changes(String ref,
            uk.org.councilkpi.changes.ChangesRepository versions) {
        return new uk.org.councilkpi.changes.ChangesResource.ChangesResponse(ref, versions.milestoneChanges(require(ref).id));
    }

    @Transactional
    public MilestoneResponse create(MilestoneRequest request) {
        if (milestones.findByRef(request.ref()).isPresent()) {
            throw ApiException.conflict("A milestone with ref '" + request.ref() + "' already exists");
        }
        Milestone milestone = new Milestone();
        milestone.ref = request.ref();
        milestone.createdAt = clock.instant();
        apply(milestone, request);
        milestone.updatedBy = audit.actor(null);
        milestones.persist(milestone);
        milestones.flush();
        return MilestoneResponse.of(milestone);
    }

    @Transactional
    public MilestoneResponse replace(String ref, MilestoneRequest request) {
        Milestone milestone = require(ref);
        if (!ref.equals(request.ref())) {
            throw ApiException.invalid("ref", "must be '" + ref + "', the ref in the path: a ref cannot change");
        }
        apply(milestone, request);
        milestone.updatedBy = audit.actor(null);
        milestones.flush();
        return MilestoneResponse.of(milestone);
    }

    /** Deletes a milestone with no recorded progress (409 otherwise, so that no progress is lost by accident). */
    @Transactional
    public void delete(String ref) {
        Milestone milestone = require(ref);
        long progress = milestones.countProgress(milestone);
        if (progress > 0) {
            throw ApiException.conflict("Milestone '" + ref + "' has progress recorded for " + progress
                    + " quarter(s); delete it first, so that none is lost by accident");
        }
        audit.actor(null);
        milestones.delete(milestone);
    }

    private void apply(Milestone m, MilestoneRequest r) {
        Objective objective = r.objective() == null ? null : objectives.findByRef(r.objective()).orElseThrow(() ->
                ApiException.invalid("objective", "is not the ref of any priority or objective: define it first"));
        if (r.dueDate() != null && r.duePeriod() != null) {
            throw ApiException.invalid("duePeriod", "must be absent when dueDate is given: a milestone is due by a date"
                    + " or by the end of a period, not both");
        }
        List<String> refs = r.indicators() == null ? List.of() : r.indicators();
        List<Indicator> found = refs.isEmpty() ? List.of() : indicators.list("ref in ?1", refs);
        List<String> unknown = refs.stream().filter(ref -> found.stream().noneMatch(i -> i.ref.equals(ref))).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("indicators", "names no indicator: " + String.join(", ", unknown));
        }
        m.title = r.title().strip();
        m.kind = r.kind() == null ? MilestoneKind.MILESTONE : r.kind();
        m.objective = objective;
        m.directorate = r.directorate();
        m.service = r.service();
        m.responsibleOfficer = r.responsibleOfficer();
        m.responsibleEmail = r.responsibleEmail();
        m.dueDate = r.dueDate();
        m.duePeriod = uk.org.councilkpi.plan.PlanService.period("duePeriod", r.duePeriod());
        m.position = r.position() == null ? 0 : r.position();
        m.indicators.clear();
        m.indicators.addAll(found);
        m.updatedAt = clock.instant();
    }
}
