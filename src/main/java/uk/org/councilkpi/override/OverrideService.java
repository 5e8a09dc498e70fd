package uk.org.councilkpi.override;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import uk.org.councilkpi.perperiod.PeriodKind;
import uk.org.councilkpi.perperiod.PeriodRecordService;
import uk.org.councilkpi.perperiod.PeriodWrites;
import uk.org.councilkpi.perperiod.SignoffLock;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.status.Rag;

/** Records and reads officers' RAG overrides: locked while their period is signed off. */
@ApplicationScoped
public class OverrideService extends PeriodRecordService<RagOverride, OverrideRequest, OverrideResponse> {

    private static final PeriodKind<RagOverride, OverrideRequest, OverrideResponse> KIND = new PeriodKind<>(
            "override", SignoffLock.OWN_PERIOD, RagOverride::new, OverrideResponse::of, OverrideRequest::setBy);

    public OverrideService(OverrideRepository overrides, PeriodWrites writes) {
        super(KIND, overrides, writes);
    }

    @Override
    protected OverrideRequest checked(OverrideRequest request) {
        if (request.rating() == Rag.NOT_RATED) {
            throw ApiException.invalid("rating", "must be RED, AMBER or GREEN");
        }
        return new OverrideRequest(request.rating(), request.reason().strip(), request.setBy());
    }

    @Override
    protected void write(RagOverride override, OverrideRequest request, String author, Instant now) {
        override.rating = request.rating();
        override.reason = request.reason();
        override.setBy = author;
        override.setAt = now;
    }

    @Override
    protected OverrideRequest asRequest(RagOverride o) {
        return new OverrideRequest(o.rating, o.reason, null);
    }
}
