package uk.org.councilkpi.override;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import uk.org.councilkpi.web.PutAnswer;

@Path("/api/v1/indicators/{ref}/overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overrides")
@RolesAllowed(Role.EDITOR_NAME) // reads: raw figures include drafts and suppressed numbers
public class OverrideResource extends PeriodRecordResource<OverrideService, OverrideRequest> {

    public OverrideResource(OverrideService service, MergePatch patches) {
        super(service, patches, OverrideRequest.class);
    }

    @GET
    @Operation(operationId = "listOverrides", description = "Every officer's rating of the indicator, by period, with the reason, who set it and when. "
                    + "Editor role.",
            summary = "List an indicator's RAG overrides, by period")
    @APIResponse(responseCode = "200", description = "The overrides",
            content = @Content(schema = @Schema(implementation = OverrideResponse.class, type = SchemaType.ARRAY)))
    public List<OverrideResponse> list(@PathParam("ref") @Ref String ref) {
        return service().list(ref);
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getOverride", description = "The officer's rating for one period; 404 when there is none. Editor role.",
            summary = "Get the override for one period")
    @APIResponse(responseCode = "200", description = "The override")
    public OverrideResponse get(@PathParam("ref") @Ref String ref,
                              @PathParam("period") String period) {
        return service().get(ref, period);
    }

    @PUT
    @RolesAllowed(WriteRoles.OVERRIDES)
    @Path("/{period}")
    @Operation(operationId = "putOverride", description = "Sets an officer's rating (RED, AMBER or GREEN) for one period with the reason: shown beside the "
                    + "computed rating, never instead of it, and counted in the scorecard's `ragWithOverrides`. "
                    + "Refused (409) while the period is signed off. Editor role.",
            summary = "Set an officer's rating for one period, beside the computed one")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response put(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @Valid @NotNull(message = "is required: a JSON object such as {\"rating\": \"GREEN\", \"reason\": \"On course for the year\", \"setBy\": \"performance.officer\"}") OverrideRequest body) {
        return PutAnswer.of(service().put(ref, period, body)).build();
    }

    @PATCH
    @RolesAllowed(WriteRoles.OVERRIDES)
    @Path("/{period}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctOverride", summary = "Correct an officer's rating: change only the fields named, keep the rest",
            description = MergePatch.DESCRIPTION + " Editor role.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response patch(@PathParam("ref") @Ref String ref,
                          @PathParam("period") String period,
                          @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                          @Parameter(description = MergePatch.REASON) String changeReason,
                          @RequestBody(required = true, description = "A JSON Merge Patch (RFC 7396) of an officer's rating's fields: rating, reason, setBy",
                                  content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                                          description = MergePatch.FIELDS),
                                          examples = @ExampleObject(name = "correction", value = "{\"rating\": \"AMBER\"}")))
                          JsonNode patch) throws JsonProcessingException {
        return put(ref, period, corrected(ref, period, patch));
    }

    @DELETE
    @RolesAllowed(WriteRoles.OVERRIDES)
    @Path("/{period}")
    @Operation(operationId = "deleteOverride", description = "Removes the officer's rating for one period: only the computed rating remains. Refused (409) "
                    + "while the period is signed off. Editor role.",
            summary = "Remove the override for one period")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public void delete(@PathParam("ref") @Ref String ref,
                       @PathParam("period") String period,
                       @QueryParam("by") @Size(max = 100) String by) {
        service().delete(ref, period, by);
    }
}
