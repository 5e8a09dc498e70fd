package uk.org.councilkpi.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.org.councilkpi.indicator.IndicatorService;

/** An indicator's audit trail: every version of everything it has, turned into the changes that made them. */
@ApplicationScoped
public class ChangesService {

    private final IndicatorService indicators;
    private final ChangesRepository versions;

    public ChangesService(IndicatorService indicators, ChangesRepository versions) {
        this.indicators = indicators;
        this.versions = versions;
    }

    /** The indicator's changes, oldest first; a 404 problem if there is no such indicator. */
    @Transactional
    public ChangesResponse changes(String ref) {
        long id = indicators.require(ref).id;
        return new ChangesResponse(ref, ChangeLog.changes(versions.versions(id)));
    }
}
