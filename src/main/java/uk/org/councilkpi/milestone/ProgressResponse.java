package uk.org.councilkpi.milestone;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ProgressRating;

@Schema(name = "Progress", description = "A milestone's progress in one quarter as entered, with its version")
public record ProgressResponse(
        @Schema(examples = "P1.1") String milestone,
        @Schema(examples = "2024-25-Q1") String period,
        @Schema(examples = "ON_COURSE") ProgressRating rating,
        @Schema(examples = "On course: the milestone is on course to be achieved within the appropriate timeframe") String meaning,
        @Schema(nullable = true) String commentary,
        String enteredBy,
        Instant enteredAt,
        @Schema(nullable = true, description = "The import batch that wrote it, if any") Long batchId,
        @Schema(description = "Its version, also its ETag: send it back in If-Match to update safely") long version,
        @Schema(description = "Past its due date (or due period's end) by the end of this quarter and not complete")
        boolean overdue,
        ProgressView.DirectionView direction) {

    static ProgressResponse of(MilestoneProgress p, ProgressView computed) {
        return new ProgressResponse(p.milestone.ref, p.period, p.rating, p.rating.meaning(), p.commentary, p.enteredBy,
                p.enteredAt, p.batchId, p.version, computed.overdue(), computed.direction());
    }
}
