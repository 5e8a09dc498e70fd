package uk.org.councilkpi.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.security.Role;

@Path("/api/v1/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
@RolesAllowed(Role.PARTNER_NAME)
public class FeedResource {

    private final FeedService service;

    public FeedResource(FeedService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getFeed", description = "For partners' incremental sync. Without `since`, every figure published now; then send the "
                    + "`cursor` of the last answer as `since` to get exactly what was published, corrected or removed "
                    + "since, in order (`PUBLISHED`, `REMOVED`, or `WITHDRAWN` for a whole period). While `more` is "
                    + "true, ask again at once with the new cursor. A suppressed figure comes without its number. Milestones'"
                    + " progress comes the same way, as items naming a `milestone` (with its `progress`) instead of a"
                    + " `ref`. "
                    + "Partner role.",
            summary = "Published figures changed since a cursor (new, corrected, removed, or their period published"
            + " or withdrawn), for incremental sync; without a cursor, everything published")
    @APIResponse(responseCode = "200", description = "The changes, by period and ref, and the cursor to ask with next")
    public FeedResponse feed(
            @QueryParam("since") @Parameter(description = "The cursor of the last answer; absent: from the beginning",
                    example = "v1.7433") String since,
            @QueryParam("limit") @DefaultValue("1000") @Min(value = 1, message = "must be at least 1")
            @Max(value = FeedService.MAX_LIMIT, message = "must be at most 10000")
            @Parameter(description = "At most this many items per answer") int limit) {
        return service.since(since, limit);
    }
}
