package uk.org.councilkpi.signoff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Sign-off events, and which periods are signed off: the database's {@code signed_off_periods} (migration V11). */
@ApplicationScoped
public class SignoffRepository implements PanacheRepository<PeriodSignoff> {

    /** A period's sign-offs and reopenings, oldest first. */
    public List<PeriodSignoff> events(String period) {
        return list("period", Sort.by("at").and("id"), period);
    }

    /** Which of these periods are signed off now: one query. */
    @SuppressWarnings("unchecked")
    public List<String> signedOff(Collection<String> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("select period from signed_off_periods() where period in (:periods)")
                .setParameter("periods", periods).getResultList();
    }

    /** Whether the period is signed off now. */
    public boolean isSignedOff(String period) {
        return !signedOff(List.of(period)).isEmpty();
    }
}
