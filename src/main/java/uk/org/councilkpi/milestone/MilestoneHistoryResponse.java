package uk.org.councilkpi.milestone;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.readcache.LastUpdated;

@Schema(name = "MilestoneHistory", description = "A milestone's progress quarter by quarter, oldest first")
public record MilestoneHistoryResponse(
        MilestoneResponse milestone,
        @Schema(nullable = true, description = "The instant read as at, if any") Instant asAt,
        @Schema(nullable = true, description = "When what it shows last changed") Instant lastUpdated,
        @Schema(description = "Each quarter with progress the caller may see, oldest first") List<ProgressView> entries)
        implements LastUpdated {
}
