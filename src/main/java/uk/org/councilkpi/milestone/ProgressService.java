package uk.org.councilkpi.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stamp;
import uk.org.councilkpi.web.IfMatch;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.period.Quarter;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.publication.PublicationService;
import uk.org.councilkpi.signoff.SignoffService;

/**
 * Records and reads milestones' quarterly progress, with the guarantees figures have: a signed-off quarter is locked,
 * viewers and partners see published quarters only (and nothing computed from the others), If-Match on writes, and
 * every version kept (V10's history tables) for {@code asAt} and {@code /changes}.
 */
@ApplicationScoped
public class ProgressService {

    private final MilestoneService milestones;
    private final MilestoneRepository milestoneRepository;
    private final ProgressRepository progress;
    private final SignoffService signoffs;
    private final PublicationService publication;
    private final Audit audit;

    public ProgressService(MilestoneService milestones, MilestoneRepository milestoneRepository,
                           ProgressRepository progress, SignoffService signoffs, PublicationService publication,
                           Audit audit) {
        this.milestones = milestones;
        this.milestoneRepository = milestoneRepository;
        this.progress = progress;
        this.signoffs = signoffs;
        this.publication = publication;
        this.audit = audit;
    }

    /** The progress as entered (drafts included), now or as it stood at {@code asAt}: editors' read. */
    @Transactional
    public ProgressResponse get(String ref, String periodCode, Instant asAt) {
        Quarter quarter = Period.quarter(periodCode);
        Milestone milestone = milestones.require(ref);
        Map<String, MilestoneProgress> all = byPeriod(progress.forMilestones(List.of(milestone.id), asAt));
        MilestoneProgress p = all.get(quarter.code());
        if (p == null) {
            throw ApiException.notFound("Milestone '" + ref + "' has no progress for " + quarter.code()
                    + (asAt == null ? "" : " at " + asAt));
        }
        return ProgressResponse.of(p, ProgressViews.of(milestone, quarter, all));
    }

    /**
     * Records a quarter's progress: 201 when new, 200 when replaced; unchanged content is left as it was (no new
     * version). Refused while the quarter is signed off (409), or when If-Match names another version (412).
     */
    @Transactional
    public Stored<ProgressResponse> put(String ref, String periodCode, ProgressRequest request, IfMatch ifMatch) {
        Quarter quarter = Period.quarter(periodCode);
        Milestone milestone = milestones.require(ref);
        MilestoneProgress p = progress.findForUpdate(milestone, quarter.code()).orElse(null);
        ifMatch.require(p == null ? null : p.version, "progress");
        signoffs.requireOpen(List.of(quarter.code()));
        boolean created = p == null;
        if (!created && p.rating == request.rating() && Objects.equals(p.commentary, request.commentary())) {
            return new Stored<>(read(milestone, quarter, p), false);
        }
        Stamp stamp = audit.stamp(request.enteredBy());
        if (created) {
            p = new MilestoneProgress();
            p.milestone = milestone;
            p.period = quarter.code();
        }
        p.rating = request.rating();
        p.commentary = request.commentary();
        p.enteredAt = stamp.at();
        p.enteredBy = stamp.by(); // as the database stamps it
        p.batchId = null; // an API write is no import batch
        if (created) {
            progress.persist(p);
        }
        progress.flush(); // the answer carries the new version
        return new Stored<>(read(milestone, quarter, p), created);
    }

    /** Deletes a quarter's progress (its last version is kept in the history); 409 while signed off. */
    @Transactional
    public void delete(String ref, String periodCode, String by, IfMatch ifMatch) {
        Quarter quarter = Period.quarter(periodCode);
        MilestoneProgress p = progress.findForUpdate(milestones.require(ref), quarter.code()).orElseThrow(() ->
                ApiException.notFound("Milestone '" + ref + "' has no progress for " + quarter.code()));
        ifMatch.require(p.version, "progress");
        signoffs.requireOpen(List.of(quarter.code()));
        audit.actor(by);
        progress.delete(p);
    }

    /** A milestone's progress quarter by quarter; viewers and partners see published quarters only. */
    @Transactional
    public MilestoneHistoryResponse history(String ref, Instant asAt, boolean drafts) {
        Milestone milestone = milestones.require(ref);
        Map<String, MilestoneProgress> shown = visible(progress.forMilestones(List.of(milestone.id), asAt), asAt, drafts);
        List<ProgressView> entries = shown.keySet().stream().map(Period::parse).sorted()
                .map(q -> ProgressViews.of(milestone, (Quarter) q, shown)).toList();
        return new MilestoneHistoryResponse(MilestoneResponse.of(milestone), asAt,
                lastUpdated(milestone, shown.values()), entries);
    }

    /**
     * Every matching milestone with its progress in a quarter, and the counts: two queries for the data (milestones,
     * their progress), one or two for what is published, whatever the number of milestones.
     */
    @Transactional
    public PeriodMilestonesResponse forPeriod(String periodCode, MilestoneFilter filter, Instant asAt, boolean drafts) {
        Quarter quarter = Period.quarter(periodCode);
        List<Milestone> matching = milestoneRepository.matching(filter);
        Set<String> publishedThen = publication.publishedPeriods(asAt);
        Set<String> shownPeriods = drafts ? null : asAt == null ? publishedThen : publication.publishedThenAndNow(asAt);
        Map<Long, Map<String, MilestoneProgress>> byMilestone = new HashMap<>();
        for (MilestoneProgress p : progress.forMilestones(matching.stream().map(m -> m.id).toList(), asAt)) {
            if (shownPeriods == null || shownPeriods.contains(p.period)) {
                byMilestone.computeIfAbsent(p.milestone.id, k -> new HashMap<>()).put(p.period, p);
            }
        }
        List<PeriodMilestonesResponse.Row> rows = new ArrayList<>();
        List<MilestoneProgress> shown = new ArrayList<>();
        for (Milestone m : matching) {
            Map<String, MilestoneProgress> mine = byMilestone.getOrDefault(m.id, Map.of());
            rows.add(new PeriodMilestonesResponse.Row(MilestoneResponse.of(m), ProgressViews.of(m, quarter, mine)));
            shown.addAll(mine.values());
        }
        Instant lastUpdated = matching.stream().map(m -> m.updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Instant lastEntered = shown.stream().map(p -> p.enteredAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new PeriodMilestonesResponse(quarter.code(), publishedThen.contains(quarter.code()), asAt,
                max(lastUpdated, lastEntered),
                PeriodMilestonesResponse.Summary.of(rows.stream().map(PeriodMilestonesResponse.Row::progress).toList()),
                rows);
    }

    private ProgressResponse read(Milestone milestone, Quarter quarter, MilestoneProgress p) {
        Map<String, MilestoneProgress> all = byPeriod(progress.forMilestones(List.of(milestone.id), null));
        all.put(p.period, p);
        return ProgressResponse.of(p, ProgressViews.of(milestone, quarter, all));
    }

    /**
     * What a caller may see: editors everything; viewers and partners the quarters published (as at {@code asAt},
     * and still published now: a read of the past never shows what has since been withdrawn).
     */
    private Map<String, MilestoneProgress> visible(List<MilestoneProgress> all, Instant asAt, boolean drafts) {
        Set<String> shown = drafts ? null : publication.publishedThenAndNow(asAt);
        Map<String, MilestoneProgress> byPeriod = byPeriod(all);
        if (shown != null) {
            byPeriod.keySet().retainAll(shown);
        }
        return byPeriod;
    }

    private static Map<String, MilestoneProgress> byPeriod(List<MilestoneProgress> list) {
        Map<String, MilestoneProgress> map = new HashMap<>();
        list.forEach(p -> map.put(p.period, p));
        return map;
    }

    private static Instant lastUpdated(Milestone m, java.util.Collection<MilestoneProgress> shown) {
        return max(m.updatedAt, shown.stream().map(p -> p.enteredAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null));
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
