package uk.org.councilkpi.override;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import uk.org.councilkpi.common.Refs;

@Path("/api/v1/indicators/{ref}/overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overrides")
@RolesAllowed(Role.EDITOR_NAME)
public class OverrideResource {

    private final OverrideService service;

    public OverrideResource(OverrideService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listOverrides", description = "Every officer's rating of the indicator, by period, with the reason, who set it and when. "
                    + "Editor role.",
            summary = "List an indicator's RAG overrides, by period")
    @APIResponse(responseCode = "200", description = "The overrides",
            content = @Content(schema = @Schema(implementation = OverrideResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public List<OverrideResponse> list(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE)
                                     @Parameter(description = "The indicator's ref", example = "CED049") String ref) {
        return service.list(ref);
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getOverride", description = "The officer's rating for one period; 404 when there is none. Editor role.",
            summary = "Get the override for one period")
    @APIResponse(responseCode = "200", description = "The override")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public OverrideResponse get(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
                              @PathParam("period") @Parameter(description = "A financial year or a quarter", example = "2015-16-Q2") String period) {
        return service.get(ref, period);
    }

    @PUT
    @Path("/{period}")
    @Operation(operationId = "putOverride", description = "Sets an officer's rating (RED, AMBER or GREEN) for one period with the reason: shown beside the "
                    + "computed rating, never instead of it, and counted in the scorecard's `ragWithOverrides`. "
                    + "Refused (409) while the period is signed off. Editor role.",
            summary = "Set an officer's rating for one period, beside the computed one")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public Response put(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
                        @PathParam("period") @Parameter(description = "A financial year or a quarter", example = "2015-16-Q2") String period,
                        @Valid @NotNull OverrideRequest body) {
        return service.put(ref, period, body).toResponse();
    }

    @DELETE
    @Path("/{period}")
    @Operation(operationId = "deleteOverride", description = "Removes the officer's rating for one period: only the computed rating remains. Refused (409) "
                    + "while the period is signed off. Editor role.",
            summary = "Remove the override for one period")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public void delete(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
                       @PathParam("period") String period,
                       @QueryParam("by") @Size(max = 100) @Parameter(description = "Who removes it, for the history") String by) {
        service.delete(ref, period, by);
    }
}
