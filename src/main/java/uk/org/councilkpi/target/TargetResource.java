package uk.org.councilkpi.target;

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

@Path("/api/v1/indicators/{ref}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
public class TargetResource extends PeriodRecordResource<TargetService, TargetRequest> {

    public TargetResource(TargetService service, MergePatch patches) {
        super(service, patches, TargetRequest.class);
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Operation(operationId = "listTargets", description = "The indicator's targets, by period: a financial year's, and any quarter's own (a quarter's own "
                    + "target wins over its year's). Viewer role.",
            summary = "List an indicator's targets, by period")
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(schema = @Schema(implementation = TargetResponse.class, type = SchemaType.ARRAY)))
    public List<TargetResponse> list(@PathParam("ref") @Ref String ref) {
        return service().list(ref);
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Path("/{period}")
    @Operation(operationId = "getTarget", description = "The target set for exactly this period (a quarter without its own target answers 404: its "
                    + "year's applies). Viewer role.",
            summary = "Get the target for one period")
    @APIResponse(responseCode = "200", description = "The target")
    public TargetResponse get(@PathParam("ref") @Ref String ref,
                              @PathParam("period") String period) {
        return service().get(ref, period);
    }

    @RolesAllowed(WriteRoles.TARGETS)
    @PUT
    @Path("/{period}")
    @Operation(operationId = "putTarget", description = "Sets the target for a financial year (2017-18) or a quarter's own target (2017-18-Q2), from its "
                    + "form and figures or from the council's text alone (`<20%`, `260-300`, `N/A`), with an optional "
                    + "amber tolerance of its own: 201 when new, 200 when replaced. Admin role.",
            summary = "Set the target for a financial year, or a quarter's own target")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response put(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @Valid @NotNull(message = "is required: a JSON object such as {\"text\": \"<20%\", \"updatedBy\": \"performance.team\"}") TargetRequest body) {
        return PutAnswer.of(service().put(ref, period, body)).build();
    }

    @PATCH
    @RolesAllowed(WriteRoles.TARGETS)
    @Path("/{period}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctTarget", summary = "Correct a target: change only the fields named, keep the rest",
            description = MergePatch.DESCRIPTION + " Admin role.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response patch(@PathParam("ref") @Ref String ref,
                          @PathParam("period") String period,
                          @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                          @Parameter(description = MergePatch.REASON) String changeReason,
                          @RequestBody(required = true, description = "A JSON Merge Patch (RFC 7396) of a target's fields: form, value, low, high, text, tolerance, updatedBy",
                                  content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                                          description = MergePatch.FIELDS),
                                          examples = @ExampleObject(name = "correction", value = "{\"value\": 18, \"text\": \"<18%\"}")))
                          JsonNode patch) throws JsonProcessingException {
        return put(ref, period, corrected(ref, period, patch));
    }

    @RolesAllowed(WriteRoles.TARGETS)
    @DELETE
    @Path("/{period}")
    @Operation(operationId = "deleteTarget", description = "Removes the target for one period (kept in the change history). Admin role.",
            summary = "Remove the target for one period")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("ref") @Ref String ref,
                       @PathParam("period") String period,
                       @QueryParam("by") @Size(max = 100) String by) {
        service().delete(ref, period, by);
    }
}
