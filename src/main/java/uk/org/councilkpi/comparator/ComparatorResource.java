package uk.org.councilkpi.comparator;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.web.PutAnswer;

@Path("/api/v1/indicators/{ref}/comparators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comparators")
public class ComparatorResource {

    private final ComparatorService service;

    public ComparatorResource(ComparatorService service) {
        this.service = service;
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Operation(operationId = "listComparators", description = "The statistical-neighbour and national averages recorded for the indicator, by period. Viewer "
                    + "role.",
            summary = "List an indicator's comparators, by period")
    @APIResponse(responseCode = "200", description = "The comparators",
            content = @Content(schema = @Schema(implementation = ComparatorResponse.class, type = SchemaType.ARRAY)))
    public List<ComparatorResponse> list(@PathParam("ref") @Ref String ref) {
        return service.list(ref);
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Path("/{period}")
    @Operation(operationId = "getComparator", description = "The averages recorded for one period; 404 when there are none. Viewer role.",
            summary = "Get the comparators for one period")
    @APIResponse(responseCode = "200", description = "The comparators")
    public ComparatorResponse get(@PathParam("ref") @Ref String ref,
                              @PathParam("period") String period) {
        return service.get(ref, period);
    }

    @RolesAllowed(WriteRoles.COMPARATORS)
    @PUT
    @Path("/{period}")
    @Operation(operationId = "putComparator", description = "Sets both averages, and their notes, for one period: 201 when new, 200 when replaced. A field "
                    + "left out is cleared. Editor role.",
            summary = "Set the statistical-neighbour and national averages for one period")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ComparatorResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ComparatorResponse.class)))
    public Response put(@PathParam("ref") @Ref String ref,
                        @PathParam("period") String period,
                        @Valid @NotNull(message = "is required: a JSON object such as {\"nationalAverage\": 17.5, \"statNeighbourAverage\": 19.2}") ComparatorRequest body) {
        return PutAnswer.of(service.put(ref, period, body)).build();
    }

    @RolesAllowed(WriteRoles.COMPARATORS)
    @DELETE
    @Path("/{period}")
    @Operation(operationId = "deleteComparator", description = "Removes the averages for one period (kept in the change history). Editor role.",
            summary = "Remove the comparators for one period")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("ref") @Ref String ref,
                       @PathParam("period") String period) {
        service.delete(ref, period, null);
    }
}
