package uk.org.councilkpi.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import uk.org.councilkpi.status.ProgressRating;

/**
 * Writes the demo's plans, objectives, milestones and progress into the V10 tables, in the loader's transaction (its
 * author stamps every row, as for the figures).
 */
final class PlanRows {

    private final EntityManager em;

    PlanRows(EntityManager em) {
        this.em = em;
    }

    long plan(String ref, String title, String directorate, String from, String to) {
        return id(em.createNativeQuery("insert into plan (ref, title, directorate, from_period, to_period)"
                        + " values (:ref, :title, :directorate, :from, :to) returning id")
                .setParameter("ref", ref).setParameter("title", title).setParameter("directorate", directorate)
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    long objective(long plan, Long parent, String ref, String level, String title, int position) {
        return id(em.createNativeQuery("insert into objective (plan_id, parent_id, ref, level, title, position)"
                        + " values (:plan, :parent, :ref, :level, :title, :position) returning id")
                .setParameter("plan", plan).setParameter("parent", parent).setParameter("ref", ref)
                .setParameter("level", level).setParameter("title", title).setParameter("position", position)
                .getSingleResult());
    }

    /** A milestone: its ref, text and kind, where it belongs and who answers for it. */
    record Milestone(String ref, String title, String kind, Long objective, String directorate, String service,
                     String officer, LocalDate due, int position) {
    }

    long milestone(Milestone m) {
        return id(em.createNativeQuery("insert into milestone (ref, title, kind, objective_id, directorate, service,"
                        + " responsible_officer, due_date, position) values (:ref, :title, :kind, :objective,"
                        + " :directorate, :service, :officer, :due, :position) returning id")
                .setParameter("ref", m.ref()).setParameter("title", m.title()).setParameter("kind", m.kind())
                .setParameter("objective", m.objective()).setParameter("directorate", m.directorate())
                .setParameter("service", m.service()).setParameter("officer", m.officer())
                .setParameter("due", m.due()).setParameter("position", m.position()).getSingleResult());
    }

    void progress(long milestone, String period, ProgressRating rating, String commentary) {
        em.createNativeQuery("insert into milestone_progress (milestone_id, period, rating, commentary)"
                        + " values (:milestone, :period, :rating, :commentary)")
                .setParameter("milestone", milestone).setParameter("period", period)
                .setParameter("rating", rating.name()).setParameter("commentary", commentary).executeUpdate();
    }

    /** Attaches to an objective the directorate's indicators whose plan priority is its title. */
    int attachByPlanPriority(long objective, String directorate, String priority) {
        return em.createNativeQuery("insert into objective_indicator (objective_id, indicator_id)"
                        + " select :objective, i.id from indicator i where i.directorate = :directorate"
                        + " and i.plan_priority = :priority")
                .setParameter("objective", objective).setParameter("directorate", directorate)
                .setParameter("priority", priority).executeUpdate();
    }

    /** Publishes every period with milestone progress that is not yet published (as the council's report did). */
    int publishProgressPeriods(String note) {
        return em.createNativeQuery("insert into period_publication (period, action, at, note)"
                        + " select distinct p.period, 'PUBLISH', now(), :note from milestone_progress p"
                        + " where p.period not in (select period from published_period)")
                .setParameter("note", note).executeUpdate();
    }

    private static long id(Object result) {
        return ((Number) result).longValue();
    }
}
