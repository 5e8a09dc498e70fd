package uk.org.councilkpi.comparator;

import jakarta.enterprise.context.ApplicationScoped;
import uk.org.councilkpi.perperiod.PeriodRecordRepository;

@ApplicationScoped
public class ComparatorRepository extends PeriodRecordRepository<PeriodComparator> {

    public ComparatorRepository() {
        super(PeriodComparator.class);
    }
}
