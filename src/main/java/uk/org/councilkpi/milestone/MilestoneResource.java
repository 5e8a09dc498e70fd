package uk.org.councilkpi.milestone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.changes.ChangesResponse;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.scorecard.JsonOrCsv;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.web.CreatedAnswer;

@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
public class MilestoneResource {

    private static final String BODY = "is required: a JSON object such as {\"ref\": \"P1.1\", \"title\": \"...\", \"objective\": \"CYP P1\"}";

    private final MilestoneService service;
    private final ProgressService progress;
    private final CachedRead read;

    public MilestoneResource(MilestoneService service, ProgressService progress, CachedRead read) {
        this.service = service;
        this.progress = progress;
        this.read = read;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "listMilestones", summary = "List milestones, risk control measures and actions, filtered",
            description = "Every matching milestone in report order (position, then the order defined); filters match"
                    + " exactly and combine. Viewer role.")
    @APIResponse(responseCode = "200", description = "The milestones",
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class, type = SchemaType.ARRAY)))
    public List<MilestoneResponse> list(@Valid @BeanParam MilestoneFilter filter) {
        return service.list(filter);
    }

    @GET
    @Path("/{ref}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "getMilestone", summary = "Get one milestone",
            description = "Its definition: objective, owner, when it is due, linked indicators. Viewer role.")
    @APIResponse(responseCode = "200", description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public MilestoneResponse get(@PathParam("ref") @Ref String ref) {
        return service.get(ref);
    }

    @POST
    @RolesAllowed(WriteRoles.MILESTONES)
    @Operation(operationId = "createMilestone", summary = "Define a milestone, risk control measure or action",
            description = "Defines a milestone; its ref must not exist. Answers 201 with its `Location`. Admin role.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MilestoneResponse.class)))
    public Response create(@Valid @NotNull(message = BODY) MilestoneRequest body, @Context UriInfo uri) {
        return CreatedAnswer.of(uri, service.create(body), MilestoneResponse::ref);
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(WriteRoles.MILESTONES)
    @Operation(operationId = "replaceMilestone", summary = "Replace a milestone's definition (its ref cannot change)",
            description = "Replaces the whole definition: fields left out take their defaults. The ref in the body must"
                    + " be the ref in the path. Its progress stays. Admin role.")
    @APIResponse(responseCode = "200", description = "The milestone as it now stands",
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public MilestoneResponse replace(@PathParam("ref") @Ref String ref,
                                     @Valid @NotNull(message = BODY) MilestoneRequest body) {
        return service.replace(ref, body);
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(WriteRoles.MILESTONES)
    @Operation(operationId = "deleteMilestone", summary = "Delete a milestone with no recorded progress",
            description = "Deletes a milestone with no progress recorded; one with progress answers 409 (delete its"
                    + " progress first). Its history stays. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("ref") @Ref String ref) {
        service.delete(ref);
    }

    @GET
    @Path("/{ref}/progress")
    @Produces({MediaType.APPLICATION_JSON, JsonOrCsv.CSV})
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "getMilestoneHistory", summary = "A milestone's progress quarter by quarter, with what each rating means",
            description = "JSON; or, with Accept: text/csv, CSV: an attachment milestone-{ref}.csv, one row per quarter."
                    + " Each quarter: the officer's rating with its meaning, commentary, who and when, whether the"
                    + " milestone was overdue by the quarter's end, and the direction against the previous quarter's"
                    + " rating. asAt reads it as it stood at an instant. Viewers and partners see published quarters"
                    + " only (and nothing is computed from the others); editors see drafts. Carries a strong ETag and"
                    + " Last-Modified; If-None-Match answers 304. Viewer role.")
    @APIResponse(responseCode = "200", description = "The progress, oldest first, with an ETag",
            headers = @Header(name = "Content-Disposition", description = "CSV only: attachment; filename=\"milestone-{ref}.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MilestoneHistoryResponse.class)),
                    @Content(mediaType = JsonOrCsv.CSV, schema = @Schema(type = SchemaType.STRING,
                            description = MilestoneCsv.HISTORY_DESCRIPTION))})
    @APIResponse(responseCode = "304", description = "Not modified: the progress still has the ETag named in If-None-Match")
    public Response history(@PathParam("ref") @Ref String ref,
                            @QueryParam("asAt") Instant asAt) {
        boolean drafts = read.drafts();
        return JsonOrCsv.answer(read, new MilestoneHistoryQuery(ref, asAt, drafts),
                () -> progress.history(ref, asAt, drafts), MilestoneCsv::history, "milestone-" + ref);
    }

    @GET
    @Path("/{ref}/changes")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "listMilestoneChanges", summary = "Every change to a milestone's definition and progress: who, when, before and after, and the batch",
            description = "The audit trail, oldest first: every version of the definition (kind MILESTONE) and of each"
                    + " quarter's progress (kind PROGRESS), whoever wrote it, with who, when, the import batch and the"
                    + " values before and after. A deleted milestone's trail stays readable, its deletion last; 404"
                    + " only for a ref no milestone ever had. Editor role.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(schema = @Schema(implementation = ChangesResponse.class)))
    public ChangesResponse changes(@PathParam("ref") @Ref String ref) {
        return service.changes(ref);
    }
}
