package uk.org.councilkpi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.councilkpi.common.AsAt;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.milestone.MilestoneKind;
import uk.org.councilkpi.status.Progress;
import uk.org.councilkpi.status.ProgressRating;
import uk.org.councilkpi.period.Period;

/**
 * What a quarter's report or collection round covers, in five statements whatever its size: the plans in force in the
 * period (from_period..to_period; the directorate's, or the one asked for), their objectives, their milestones and
 * those of no objective, the returns of the period and of the one before, and which indicators serve which objective.
 * As at an instant, plans, objectives, milestones and returns are read as they stood then (their history tables);
 * which indicators serve an objective is kept without history, so it is today's.
 */
@ApplicationScoped
public class PlanScope {

    private static final List<Long> NONE = List.of(-1L);

    private final EntityManager em;

    public PlanScope(EntityManager em) {
        this.em = em;
    }

    public record Plan(long id, String ref, String title, String directorate, String fromPeriod, String toPeriod,
                       Instant updatedAt) {
    }

    public record Objective(long id, long planId, Long parentId, String ref, String level, String title, Instant updatedAt) {
    }

    public record Milestone(long id, String ref, String title, MilestoneKind kind, Long objectiveId, String directorate,
                            String service, String officer, String email, LocalDate dueDate, String duePeriod,
                            Instant updatedAt) {
    }

    public record Return(long milestoneId, String period, ProgressRating rating, String commentary, String enteredBy,
                         Instant enteredAt) {
    }

    /** What was loaded; {@link #returns} by milestone id, then period. */
    public record Loaded(List<Plan> plans, List<Objective> objectives, List<Milestone> milestones,
                         Map<Long, Map<String, Return>> returns, Map<Long, List<Long>> indicatorsByObjective,
                         Set<Long> linked) {

        public Return returnOf(long milestone, String period) {
            return returns.getOrDefault(milestone, Map.of()).get(period);
        }

        /** Whether the milestone is complete as of the period ({@link Progress#completedBy}), by the returns shown. */
        public boolean completedBy(long milestone, Period period, java.util.function.Predicate<String> shown) {
            Map<String, ProgressRating> ratings = new HashMap<>();
            returns.getOrDefault(milestone, Map.of()).forEach((p, r) -> {
                if (shown.test(p)) {
                    ratings.put(p, r.rating());
                }
            });
            return Progress.completedBy(period, ratings);
        }

        /** The indicators of the objectives loaded. */
        public Set<Long> ofObjectives() {
            Set<Long> ours = new HashSet<>();
            indicatorsByObjective.values().forEach(ours::addAll);
            return ours;
        }

        /**
         * The indicators a report or a collection round covers: those of its objectives, and, unless a plan is asked
         * for, the directorate's (every directorate's when none is asked for) that serve no objective of any plan.
         */
        public java.util.function.Predicate<Indicator> covering(String directorate, boolean planAskedFor) {
            java.util.function.BiPredicate<Long, String> covers = covers(directorate, planAskedFor);
            return i -> covers.test(i.id, i.directorate);
        }

        /** The same, for an indicator's id and directorate. */
        public java.util.function.BiPredicate<Long, String> covers(String directorate, boolean planAskedFor) {
            Set<Long> ours = ofObjectives();
            return (id, itsDirectorate) -> ours.contains(id) || !planAskedFor && !linked.contains(id)
                    && (directorate == null || directorate.equals(itsDirectorate));
        }
    }

    public Loaded load(Period period, String directorate, String planRef, Instant asAt) {
        List<Plan> plans = new ArrayList<>();
        for (Object[] r : rows(select("plan", "id, ref, title, directorate, from_period, to_period, updated_at", "true",
                asAt) + " order by x.ref", asAt, Map.of())) {
            Plan p = new Plan(id(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], instant(r[6]));
            boolean inForce = (p.fromPeriod() == null || Period.parse(p.fromPeriod()).financialYear()
                    .compareTo(period.financialYear()) <= 0)
                    && (p.toPeriod() == null || Period.parse(p.toPeriod()).financialYear().compareTo(period.financialYear()) >= 0);
            boolean chosen = planRef != null ? planRef.equals(p.ref())
                    : directorate == null || directorate.equals(p.directorate());
            if (inForce && chosen) {
                plans.add(p);
            }
        }
        List<Objective> objectives = new ArrayList<>();
        for (Object[] r : rows(select("objective", "id, plan_id, parent_id, ref, level, title, updated_at, position",
                "{t}.plan_id in (:plans)", asAt) + " order by x.position, x.id", asAt,
                Map.of("plans", ids(plans.stream().map(Plan::id).toList())))) {
            objectives.add(new Objective(id(r[0]), id(r[1]), r[2] == null ? null : id(r[2]), (String) r[3], (String) r[4],
                    (String) r[5], instant(r[6])));
        }
        // Milestones of no objective are the directorate's (every directorate's when none is asked for); a plan asked
        // for has none.
        String loose = planRef != null ? "false" : directorate == null ? "{t}.objective_id is null"
                : "{t}.objective_id is null and {t}.directorate = :directorate";
        Map<String, Object> params = new HashMap<>(Map.of("objectives", ids(objectives.stream().map(Objective::id).toList())));
        if (planRef == null && directorate != null) {
            params.put("directorate", directorate);
        }
        List<Milestone> milestones = new ArrayList<>();
        for (Object[] r : rows(select("milestone", "id, ref, title, kind, objective_id, directorate, service,"
                + " responsible_officer, responsible_email, due_date, due_period, updated_at, position",
                "{t}.objective_id in (:objectives) or (" + loose + ")", asAt) + " order by x.position, x.ref", asAt, params)) {
            milestones.add(new Milestone(id(r[0]), (String) r[1], (String) r[2], MilestoneKind.valueOf((String) r[3]),
                    r[4] == null ? null : id(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                    date(r[9]), (String) r[10], instant(r[11])));
        }
        Map<Long, Map<String, Return>> returns = new HashMap<>();
        for (Object[] r : rows(select("milestone_progress", "milestone_id, period, rating, commentary, entered_by, entered_at",
                "{t}.milestone_id in (:milestones) and ({t}.period in (:periods) or {t}.rating = 'COMPLETE')", asAt), asAt,
                Map.of("milestones", ids(milestones.stream().map(Milestone::id).toList()),
                        "periods", List.of(period.code(), period.previous().code())))) {
            Return ret = new Return(id(r[0]), (String) r[1], ProgressRating.valueOf((String) r[2]), (String) r[3],
                    (String) r[4], instant(r[5]));
            returns.computeIfAbsent(ret.milestoneId(), k -> new HashMap<>()).put(ret.period(), ret);
        }
        // A milestone of no objective is in a quarter's report when it is due in that year or has a return for it.
        milestones.removeIf(m -> m.objectiveId() == null && !returns.getOrDefault(m.id(), Map.of()).containsKey(period.code())
                && !dueIn(m, period));
        Set<Long> objectiveIds = new HashSet<>(objectives.stream().map(Objective::id).toList());
        Map<Long, List<Long>> byObjective = new LinkedHashMap<>();
        Set<Long> linked = new HashSet<>();
        for (Object[] r : rows("select objective_id, indicator_id from objective_indicator order by objective_id, indicator_id",
                null, Map.of())) {
            long objective = id(r[0]);
            long indicator = id(r[1]);
            linked.add(indicator);
            if (objectiveIds.contains(objective)) {
                byObjective.computeIfAbsent(objective, o -> new ArrayList<>()).add(indicator);
            }
        }
        return new Loaded(plans, objectives, milestones, returns, byObjective, linked);
    }

    private static boolean dueIn(Milestone m, Period period) {
        LocalDate due = dueBy(m);
        return due != null && !due.isBefore(period.financialYear().startDate()) && !due.isAfter(period.financialYear().endDate());
    }

    /** A milestone's due date, else the last day of its due period, else none (null). */
    public static LocalDate dueBy(Milestone m) {
        return m.dueDate() != null ? m.dueDate() : m.duePeriod() == null ? null : Period.parse(m.duePeriod()).endDate();
    }

    /** The columns of a table's rows, current or as at an instant, as {@code x.<column>}. */
    private static String select(String table, String columns, String where, Instant asAt) {
        String source = asAt == null ? "select * from " + table + " c where " + where.replace("{t}", "c")
                : AsAt.rows(table, where);
        String prefixed = String.join(", ", java.util.Arrays.stream(columns.split(",")).map(c -> "x." + c.strip()).toList());
        return "select " + prefixed + " from (" + source + ") x";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant asAt, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        if (asAt != null && sql.contains(":asAt")) {
            query.setParameter("asAt", asAt);
        }
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Collection<Long> ids(List<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
