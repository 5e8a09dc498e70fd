package uk.org.councilkpi.milestone;

import java.time.Instant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.web.EntityTags;
import uk.org.councilkpi.web.IfMatch;
import uk.org.councilkpi.web.PutAnswer;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;

@Path("/api/v1/milestones/{ref}/progress/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
@RolesAllowed(Role.EDITOR_NAME) // reads: progress as entered includes drafts
public class ProgressResource {

    private final ProgressService service;

    public ProgressResource(ProgressService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getProgress", summary = "Get a milestone's progress for one quarter, as entered",
            description = "The rating with its meaning, commentary, who entered it, when, in which batch, whether the"
                    + " milestone is overdue and the direction against the previous quarter, and its version as `ETag`."
                    + " Drafts included. `asAt` reads it as it stood at an instant. Editor role.")
    @APIResponse(responseCode = "200", description = "The progress; its ETag header is its version",
            content = @Content(schema = @Schema(implementation = ProgressResponse.class)))
    public Response get(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @QueryParam("asAt") Instant asAt) {
        ProgressResponse progress = service.get(ref, period, asAt);
        return Response.ok(progress).header(HttpHeaders.ETAG, EntityTags.quoted(progress.version())).build();
    }

    @PUT
    @RolesAllowed(WriteRoles.PROGRESS)
    @Operation(operationId = "putProgress", summary = "Record a milestone's progress for a quarter",
            description = "The officer's rating and commentary; who and when are stamped. 201 when new, 200 when"
                    + " replaced (sent again unchanged: left as it was); the answer's `ETag` is its version. Send"
                    + " `If-Match` with the `ETag` you read to be refused (412) if someone changed it since. Refused"
                    + " (409) while the quarter is signed off. Editor role.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response put(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @HeaderParam(HttpHeaders.IF_MATCH)
                        @Parameter(description = "The ETag of the progress as read: the write is refused (412) if it has changed since")
                        String ifMatch,
                        @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                        @Parameter(description = "Why it is corrected: kept with the version, shown in /changes") String changeReason,
                        @Valid @NotNull(message = "is required: a JSON object such as {\"rating\": \"ON_COURSE\", \"commentary\": \"...\"}")
                        ProgressRequest body) {
        Stored<ProgressResponse> stored = service.put(ref, period, body, new IfMatch(ifMatch));
        return PutAnswer.of(stored).header(HttpHeaders.ETAG, EntityTags.quoted(stored.body().version())).build();
    }

    @DELETE
    @RolesAllowed(WriteRoles.PROGRESS)
    @Operation(operationId = "deleteProgress", summary = "Remove a milestone's progress for a quarter (its history keeps it)",
            description = "`If-Match` with the `ETag` you read: 412 if it changed since. Refused (409) while the quarter"
                    + " is signed off. Editor role.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public void delete(@PathParam("ref") @Ref String ref,
                       @PathParam("period") String period,
                       @QueryParam("by") @Size(max = 100) String by,
                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the progress as read") String ifMatch,
                       @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                       @Parameter(description = "Why it is removed: kept with its last version") String changeReason) {
        service.delete(ref, period, by, new IfMatch(ifMatch));
    }
}
