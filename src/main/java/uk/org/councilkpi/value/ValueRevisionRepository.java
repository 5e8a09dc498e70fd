package uk.org.councilkpi.value;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.org.councilkpi.indicator.Indicator;

@ApplicationScoped
public class ValueRevisionRepository implements PanacheRepository<ValueRevision> {

    /** A figure's earlier versions, newest first. */
    public List<ValueRevision> forPeriod(Indicator indicator, String period) {
        return list("indicator = ?1 and period = ?2", Sort.descending("replacedAt").and("id", Sort.Direction.Descending),
                indicator, period);
    }
}
