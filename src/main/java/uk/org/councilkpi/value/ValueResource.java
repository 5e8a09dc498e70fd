package uk.org.councilkpi.value;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.PATCH;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.MergePatch;
import uk.org.councilkpi.perperiod.PeriodRecordResource;
import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.web.EntityTags;
import uk.org.councilkpi.web.IfMatch;
import uk.org.councilkpi.web.PutAnswer;

@Path("/api/v1/indicators/{ref}/values")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Values")
@RolesAllowed(Role.EDITOR_NAME) // reads: raw figures include drafts and suppressed numbers
public class ValueResource extends PeriodRecordResource<ValueService, ValueRequest> {

    public ValueResource(ValueService service, MergePatch patches) {
        super(service, patches, ValueRequest.class);
    }

    @GET
    @Operation(operationId = "listValues", description = "Every recorded figure of the indicator, oldest first, as entered: drafts and suppressed numbers "
                    + "included. `asAt` reads them as they stood at an instant. Editor role.",
            summary = "List an indicator's figures, oldest first")
    @APIResponse(responseCode = "200", description = "The figures, oldest first",
            content = @Content(schema = @Schema(implementation = ValueResponse.class, type = SchemaType.ARRAY)))
    public List<ValueResponse> list(@PathParam("ref") @Ref String ref,
                                     @QueryParam("asAt") Instant asAt) {
        return service().list(ref, asAt);
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getValue", description = "The figure as entered, with who entered it, when, in which batch, and its version as `ETag`. "
                    + "Editor role.",
            summary = "Get the figure for one period")
    @APIResponse(responseCode = "200", description = "The figure; its ETag header is its version",
            content = @Content(schema = @Schema(implementation = ValueResponse.class)))
    public Response get(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @QueryParam("asAt") Instant asAt) {
        ValueResponse value = service().get(ref, period, asAt);
        return Response.ok(value).header(HttpHeaders.ETAG, EntityTags.quoted(value.version())).build();
    }

    @PUT
    @RolesAllowed(WriteRoles.FIGURES)
    @Path("/{period}")
    @Operation(operationId = "putValue", description = "Records the figure for a quarter or a year-end outturn: a number (`AVAILABLE`), or a state "
                    + "without one, with flags, note and commentary. 201 when new, 200 when replaced; the answer's "
                    + "`ETag` is the figure's version. Send `If-Match` with the `ETag` you read to be refused (412) if "
                    + "someone changed it since. Refused (409) while the period is signed off. Editor role.",
            summary = "Record the figure for a quarter, or a year-end outturn")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ValueResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ValueResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response put(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @HeaderParam(HttpHeaders.IF_MATCH)
                        @Parameter(description = "The ETag of the figure as read: the write is refused (412) if it has changed since")
                        String ifMatch,
                        @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                        @Parameter(description = "Why the figure is corrected: kept with the version, shown in /changes and"
                                + " revisions") String changeReason,
                        @Valid @NotNull(message = "is required: a JSON object such as {\"number\": 20, \"enteredBy\": \"performance.team\"} or {\"state\": \"NOT_YET_AVAILABLE\", \"enteredBy\": \"performance.team\"}") ValueRequest body) {
        Stored<ValueResponse> stored = service().put(ref, period, body, new IfMatch(ifMatch));
        return PutAnswer.of(stored).header(HttpHeaders.ETAG, EntityTags.quoted(stored.body().version())).build();
    }

    @PATCH
    @RolesAllowed(WriteRoles.FIGURES)
    @Path("/{period}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctValue", summary = "Correct a figure: change only the fields named, keep the rest (its commentary, flags, note)",
            description = MergePatch.DESCRIPTION + " Editor role.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = ValueResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response patch(@PathParam("ref") @Ref String ref,
                          @PathParam("period") String period,
                          @HeaderParam(HttpHeaders.IF_MATCH)
                          @Parameter(description = "The ETag of the figure as read: the correction is refused (412) if it has changed since")
                          String ifMatch,
                          @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                          @Parameter(description = MergePatch.REASON) String changeReason,
                          @RequestBody(required = true, description = "A JSON Merge Patch (RFC 7396) of a figure's fields: state, number, provisional, estimated, note, commentary, enteredBy",
                                  content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                                          description = MergePatch.FIELDS),
                                          examples = @ExampleObject(name = "correction", value = "{\"number\": 305, \"commentary\": \"Revised after the data audit\"}")))
                          JsonNode patch) throws JsonProcessingException {
        return put(ref, period, ifMatch, changeReason,
                corrected(ref, period, patch));
    }

    @GET
    @Path("/{period}/revisions")
    @Operation(operationId = "listValueRevisions", description = "The earlier versions of a figure, newest first: what each correction or deletion replaced, who "
                    + "made it, when, and in which import batch. Empty for a figure never corrected. Editor role.",
            summary = "The earlier versions of a figure, newest first, kept when it was corrected or deleted")
    @APIResponse(responseCode = "200", description = "The earlier versions; empty if the figure was never corrected",
            content = @Content(schema = @Schema(implementation = ValueRevisionResponse.class, type = SchemaType.ARRAY)))
    public List<ValueRevisionResponse> revisions(
            @PathParam("ref") @Ref String ref,
            @PathParam("period") String period) {
        return service().revisions(ref, period);
    }

    @DELETE
    @RolesAllowed(WriteRoles.FIGURES)
    @Path("/{period}")
    @Operation(operationId = "deleteValue", description = "Removes the figure (it is kept among its revisions). `If-Match` with the `ETag` you read: 412 "
                    + "if it changed since. Refused (409) while the period is signed off. Editor role.",
            summary = "Remove the figure for one period (it is kept among its revisions)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public void delete(@PathParam("ref") @Ref String ref,
                       @PathParam("period") String period,
                       @QueryParam("by") @Size(max = 100) String by,
                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the figure as read") String ifMatch,
                       @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                       @Parameter(description = "Why the figure is removed: kept with its last version") String changeReason) {
        service().delete(ref, period, by, new IfMatch(ifMatch));
    }
}
