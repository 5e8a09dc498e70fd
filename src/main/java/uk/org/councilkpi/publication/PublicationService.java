package uk.org.councilkpi.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.signoff.PeriodActions;
import uk.org.councilkpi.signoff.SignoffRepository;

/**
 * Which periods' figures are published. A period is published while it is signed off, or after an administrator
 * publishes it (before sign-off, e.g. for a committee) until it is withdrawn. Viewers and partners see only published
 * periods' figures; editors see drafts too.
 */
@ApplicationScoped
public class PublicationService extends PeriodActions<PublicationResponse> {

    private final PublicationRepository publications;
    private final SignoffRepository signoffs;
    private final Audit audit;
    private final Clock clock;

    public PublicationService(PublicationRepository publications, SignoffRepository signoffs, Audit audit, Clock clock) {
        this.publications = publications;
        this.signoffs = signoffs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The periods published now, or at an instant. One statement. */
    public Set<String> publishedPeriods(Instant asAt) {
        return publications.publishedPeriods(asAt);
    }

    /** The periods a viewer or partner may see as at an instant: published then and now (one statement). */
    public Set<String> publishedThenAndNow(Instant asAt) {
        return publications.publishedThenAndNow(asAt);
    }

    @Transactional
    public PublicationResponse publish(Period published, PublicationRequest request) {
        String period = published.code();
        publications.lock(period);
        PublicationResponse now = statusOf(period);
        if (now.published()) {
            throw ApiException.conflict(period + " is already published" + (now.signedOff() ? " (signed off)" : ""));
        }
        publications.record(period, "PUBLISH", clock.instant(), request == null ? null : request.note());
        return statusOf(period);
    }

    @Transactional
    public PublicationResponse withdraw(Period withdrawn, PublicationRequest request) {
        String period = withdrawn.code();
        requireReason(request == null ? null : request.note(), "withdrawn");
        publications.lock(period);
        PublicationResponse now = statusOf(period);
        if (now.signedOff()) {
            throw ApiException.conflict(period + " is signed off: reopen it first (POST /api/v1/periods/" + period
                    + "/reopen with a reason)");
        }
        if (!now.published()) {
            throw ApiException.conflict(period + " is not published");
        }
        publications.record(period, "WITHDRAW", clock.instant(), request.note());
        return statusOf(period);
    }

    /**
     * Publishes every period that has figures and is not published yet, as {@code by} (the demo data set: the
     * councils' reports are published documents). Returns how many periods it published.
     */
    @Transactional
    public int publishAllWithFigures(String by, String note) {
        audit.actor(by);
        return publications.publishAllWithFigures(note);
    }

    @Override
    protected PublicationResponse statusOf(String period) {
        Optional<Instant> publishedAt = publications.publishedAt(period);
        return new PublicationResponse(period, publishedAt.isPresent(), signoffs.isSignedOff(period),
                publishedAt.orElse(null), publications.events(period));
    }
}
