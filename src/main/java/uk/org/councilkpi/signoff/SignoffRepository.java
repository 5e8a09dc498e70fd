package uk.org.councilkpi.signoff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SignoffRepository implements PanacheRepository<PeriodSignoff> {

    /** A period's sign-offs and reopenings, oldest first. */
    public List<PeriodSignoff> events(String period) {
        return list("period", Sort.by("at").and("id"), period);
    }

    /** The latest event of a period, if any. */
    public Optional<PeriodSignoff> latest(String period) {
        return find("period", Sort.descending("at", "id"), period).firstResultOptional();
    }

    /** Which of these periods are signed off now (their latest event is a sign-off): one query. */
    @SuppressWarnings("unchecked")
    public List<String> signedOff(Collection<String> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("select period from signed_off_period where period in (:periods)")
                .setParameter("periods", periods).getResultList();
    }
}
