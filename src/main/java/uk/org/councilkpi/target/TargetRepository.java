package uk.org.councilkpi.target;

import jakarta.enterprise.context.ApplicationScoped;
import uk.org.councilkpi.perperiod.PeriodRecordRepository;

@ApplicationScoped
public class TargetRepository extends PeriodRecordRepository<Target> {

    public TargetRepository() {
        super(Target.class);
    }
}
