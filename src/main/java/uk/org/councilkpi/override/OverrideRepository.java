package uk.org.councilkpi.override;

import jakarta.enterprise.context.ApplicationScoped;
import uk.org.councilkpi.perperiod.PeriodRecordRepository;

@ApplicationScoped
public class OverrideRepository extends PeriodRecordRepository<RagOverride> {

    public OverrideRepository() {
        super(RagOverride.class);
    }
}
