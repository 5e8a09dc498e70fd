package uk.org.councilkpi.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.problem.ApiException;

/** An indicator's audit trail: every version of everything it has, turned into the changes that made them. */
@ApplicationScoped
public class ChangesService {

    private final IndicatorService indicators;
    private final ChangesRepository versions;

    public ChangesService(IndicatorService indicators, ChangesRepository versions) {
        this.indicators = indicators;
        this.versions = versions;
    }

    /**
     * The indicator's changes, oldest first, its deletion included once it has been deleted (its history stays); a
     * 404 problem if no indicator ever had this ref.
     */
    @Transactional
    public ChangesResponse changes(String ref) {
        long id = indicators.find(ref).map(i -> i.id).or(() -> versions.deletedId("indicator", ref))
                .orElseThrow(() -> ApiException.notFound("No indicator has ever had the ref '" + ref + "'"));
        return new ChangesResponse(ref, ChangeLog.changes(versions.versions(id)));
    }
}
