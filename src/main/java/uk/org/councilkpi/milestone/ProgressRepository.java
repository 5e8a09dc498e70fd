package uk.org.councilkpi.milestone;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.common.AsAt;

@ApplicationScoped
public class ProgressRepository implements PanacheRepository<MilestoneProgress> {

    public Optional<MilestoneProgress> find(Milestone milestone, String period) {
        return find("milestone = ?1 and period = ?2", milestone, period).firstResultOptional();
    }

    /** The progress, locked until the transaction ends, so that concurrent writers check If-Match one at a time. */
    public Optional<MilestoneProgress> findForUpdate(Milestone milestone, String period) {
        return find("milestone = ?1 and period = ?2", milestone, period)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every quarter's progress of these milestones, now ({@code asAt} null) or as it stood then: one query. */
    @SuppressWarnings("unchecked")
    public List<MilestoneProgress> forMilestones(Collection<Long> milestoneIds, Instant asAt) {
        if (milestoneIds.isEmpty()) {
            return List.of();
        }
        if (asAt == null) {
            return list("milestone.id in ?1", milestoneIds);
        }
        return getEntityManager().createNativeQuery(AsAt.rows("milestone_progress", "{t}.milestone_id in (:ids)"),
                        MilestoneProgress.class)
                .setParameter("asAt", asAt).setParameter("ids", milestoneIds)
                .setHint("org.hibernate.readOnly", true).getResultList();
    }
}
