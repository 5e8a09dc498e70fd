package uk.org.councilkpi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.publication.PublicationService;
import uk.org.councilkpi.scorecard.ScorecardResponse;
import uk.org.councilkpi.scorecard.ScorecardService;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.milestone.MilestoneKind;
import uk.org.councilkpi.milestone.PeriodMilestonesResponse;
import uk.org.councilkpi.milestone.ProgressView;
import uk.org.councilkpi.status.Progress;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.StatusSummary;

/**
 * The quarterly report's data: the plans in force, their objectives' milestones with the period's progress (what the
 * officers said, and what follows from dates and the previous quarter: {@link Progress}), their indicators as
 * the scorecard rates them ({@link ScorecardService}, same rules and protection), and the counts. A fixed number of
 * statements whatever the size: {@link PlanScope}'s five, the published periods, and the scorecard's.
 */
@ApplicationScoped
public class QuarterlyReportService {

    private final PlanScope scope;
    private final ScorecardService scorecards;
    private final PublicationService publication;

    public QuarterlyReportService(PlanScope scope, ScorecardService scorecards, PublicationService publication) {
        this.scope = scope;
        this.scorecards = scorecards;
        this.publication = publication;
    }

    @Transactional
    public QuarterlyReportResponse report(String periodCode, String directorate, String planRef, DirectionBasis basis,
                                          Instant asAt, boolean drafts) {
        return report(periodCode, directorate, planRef, basis, asAt, drafts, true);
    }

    /**
     * The report; without indicators (the committee document, which has the scorecard already), its milestones and
     * their counts only.
     */
    @Transactional
    public QuarterlyReportResponse report(String periodCode, String directorate, String planRef, DirectionBasis basis,
                                          Instant asAt, boolean drafts, boolean withIndicators) {
        Period period = Period.parse(periodCode);
        PlanScope.Loaded loaded = scope.load(period, directorate, planRef, asAt);
        if (planRef != null && loaded.plans().isEmpty()) {
            throw ApiException.notFound("No plan with ref '" + planRef + "' in force in " + period.code()
                    + (asAt == null ? "" : " at " + asAt));
        }
        Set<String> visible = visiblePeriods(asAt, drafts);
        // The scorecard answers by ref and the objectives name indicators by id: note each included indicator's ref.
        Map<Long, String> refs = new LinkedHashMap<>();
        java.util.function.Predicate<uk.org.councilkpi.indicator.Indicator> covering =
                loaded.covering(directorate, planRef != null);
        ScorecardResponse scorecard = scorecards.scorecard(period, IndicatorFilter.ALL, i -> {
            boolean in = withIndicators && covering.test(i);
            if (in) {
                refs.put(i.id, i.ref);
            }
            return in;
        }, basis, asAt, drafts);
        Map<String, ScorecardResponse.Row> byRef = new LinkedHashMap<>();
        scorecard.indicators().forEach(r -> byRef.put(r.ref(), r));
        Map<Long, ScorecardResponse.Row> rowsById = new LinkedHashMap<>();
        refs.forEach((id, ref) -> rowsById.put(id, byRef.get(ref)));

        Map<Long, List<QuarterlyReportResponse.MilestoneRow>> milestonesByObjective = new LinkedHashMap<>();
        List<QuarterlyReportResponse.MilestoneRow> loose = new ArrayList<>();
        List<QuarterlyReportResponse.MilestoneRow> allMilestones = new ArrayList<>();
        for (PlanScope.Milestone m : loaded.milestones()) {
            QuarterlyReportResponse.MilestoneRow row = row(m, loaded, period, visible);
            allMilestones.add(row);
            (m.objectiveId() == null ? loose : milestonesByObjective.computeIfAbsent(m.objectiveId(), o -> new ArrayList<>()))
                    .add(row);
        }
        List<QuarterlyReportResponse.PlanSection> plans = new ArrayList<>();
        for (PlanScope.Plan p : loaded.plans()) {
            plans.add(new QuarterlyReportResponse.PlanSection(p.ref(), p.title(), p.directorate(), p.fromPeriod(),
                    p.toPeriod(), sections(loaded, p.id(), null, milestonesByObjective, rowsById)));
        }
        Set<Long> inObjectives = loaded.ofObjectives();
        List<ScorecardResponse.Row> unlinked = rowsById.entrySet().stream().filter(e -> !inObjectives.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        Instant lastUpdated = Stream.concat(Stream.of(scorecard.lastUpdated()), Stream.of(
                        loaded.plans().stream().map(PlanScope.Plan::updatedAt),
                        loaded.objectives().stream().map(PlanScope.Objective::updatedAt),
                        loaded.milestones().stream().map(PlanScope.Milestone::updatedAt),
                        loaded.returns().values().stream().flatMap(byPeriod -> byPeriod.values().stream())
                                .filter(r -> visible == null || visible.contains(r.period()))
                                .map(PlanScope.Return::enteredAt)).flatMap(s -> s))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new QuarterlyReportResponse(period.code(), scorecard.published(), lastUpdated, basis, asAt,
                summary(allMilestones, rowsById.values()), plans,
                new QuarterlyReportResponse.Items(loose, unlinked));
    }

    /** The periods a viewer or partner may see returns of (published then and now); null: every period (editors). */
    private Set<String> visiblePeriods(Instant asAt, boolean drafts) {
        return drafts ? null : publication.publishedThenAndNow(asAt);
    }

    private static List<QuarterlyReportResponse.ObjectiveSection> sections(PlanScope.Loaded loaded, long plan, Long parent,
            Map<Long, List<QuarterlyReportResponse.MilestoneRow>> milestones, Map<Long, ScorecardResponse.Row> indicators) {
        List<QuarterlyReportResponse.ObjectiveSection> sections = new ArrayList<>();
        for (PlanScope.Objective o : loaded.objectives()) {
            if (o.planId() != plan || !Objects.equals(o.parentId(), parent)) {
                continue;
            }
            List<ScorecardResponse.Row> rows = loaded.indicatorsByObjective().getOrDefault(o.id(), List.of()).stream()
                    .map(indicators::get).filter(Objects::nonNull).toList();
            sections.add(new QuarterlyReportResponse.ObjectiveSection(o.ref(), o.level(), o.title(),
                    milestones.getOrDefault(o.id(), List.of()), rows, sections(loaded, plan, o.id(), milestones, indicators)));
        }
        return sections;
    }

    private static QuarterlyReportResponse.MilestoneRow row(PlanScope.Milestone m, PlanScope.Loaded loaded, Period period,
                                                            Set<String> visible) {
        java.util.function.Predicate<String> shown = p -> visible == null || visible.contains(p);
        PlanScope.Return now = shown(loaded.returnOf(m.id(), period.code()), visible);
        Period previous = period.previous();
        PlanScope.Return before = shown(loaded.returnOf(m.id(), previous.code()), visible);
        boolean overdue = Progress.overdue(PlanScope.dueBy(m), period.endDate(), loaded.completedBy(m.id(), period, shown));
        Progress.Direction d = Progress.direction(now == null ? null : now.rating(), before == null ? null : before.rating());
        ProgressView.DirectionView direction = new ProgressView.DirectionView(d.direction(), previous.code(), d.previous(),
                d.explanation());
        ProgressView progress = now == null
                ? new ProgressView(period.code(), null, null, null, null, null, overdue, direction)
                : new ProgressView(period.code(), now.rating(), now.rating().meaning(), now.commentary(), now.enteredBy(),
                now.enteredAt(), overdue, direction);
        return new QuarterlyReportResponse.MilestoneRow(m.ref(), m.title(), m.kind(), m.service(), m.officer(),
                m.dueDate(), m.duePeriod(), progress);
    }

    private static PlanScope.Return shown(PlanScope.Return r, Set<String> visible) {
        return r == null || visible == null || visible.contains(r.period()) ? r : null;
    }

    private static QuarterlyReportResponse.Summary summary(List<QuarterlyReportResponse.MilestoneRow> milestones,
                                                           java.util.Collection<ScorecardResponse.Row> indicators) {
        List<ScorecardResponse.Row> key = indicators.stream().filter(ScorecardResponse.Row::key).toList();
        List<ScorecardResponse.Row> other = indicators.stream().filter(r -> !r.key()).toList();
        return new QuarterlyReportResponse.Summary(counts(milestones, MilestoneKind.MILESTONE),
                counts(milestones, MilestoneKind.RISK_CONTROL_MEASURE), counts(milestones, MilestoneKind.ACTION),
                computed(key), withOverrides(key), computed(other), withOverrides(other),
                StatusSummary.countPerformance(indicators.stream().map(r -> r.direction().performance()).toList()));
    }

    /** The counts of one kind, as the milestones' own period summary gives them (PeriodMilestonesResponse). */
    private static PeriodMilestonesResponse.Summary counts(List<QuarterlyReportResponse.MilestoneRow> rows, MilestoneKind kind) {
        return PeriodMilestonesResponse.Summary.of(rows.stream().filter(m -> m.kind() == kind)
                .map(QuarterlyReportResponse.MilestoneRow::progress).toList());
    }

    private static StatusSummary.RagCounts computed(List<ScorecardResponse.Row> rows) {
        return StatusSummary.countRatings(rows.stream().map(r -> r.rag().rating()).toList());
    }

    private static StatusSummary.RagCounts withOverrides(List<ScorecardResponse.Row> rows) {
        List<Rag> ratings = rows.stream().map(r -> r.override() == null ? r.rag().rating() : r.override().rating()).toList();
        return StatusSummary.countRatings(ratings);
    }
}
