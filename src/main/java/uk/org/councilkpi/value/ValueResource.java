package uk.org.councilkpi.value;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.common.Refs;

@Path("/api/v1/indicators/{ref}/values")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Values")
public class ValueResource {

    private final ValueService service;

    public ValueResource(ValueService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List an indicator's figures, oldest first")
    @APIResponse(responseCode = "200", description = "The figures, oldest first",
            content = @Content(schema = @Schema(implementation = ValueResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public List<ValueResponse> list(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE)
                                     @Parameter(description = "The indicator's ref", example = "1.5") String ref) {
        return service.list(ref);
    }

    @GET
    @Path("/{period}")
    @Operation(summary = "Get the figure for one period")
    @APIResponse(responseCode = "200", description = "The figure")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public ValueResponse get(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
                              @PathParam("period") @Parameter(description = "A financial year or a quarter", example = "2017-18-Q2") String period) {
        return service.get(ref, period);
    }

    @PUT
    @Path("/{period}")
    @Operation(summary = "Record the figure for a quarter, or a year-end outturn")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public Response put(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
                        @PathParam("period") @Parameter(description = "A financial year or a quarter", example = "2017-18-Q2") String period,
                        @Valid @NotNull ValueRequest body) {
        return service.put(ref, period, body).toResponse();
    }

    @GET
    @Path("/{period}/revisions")
    @Operation(summary = "The earlier versions of a figure, newest first, kept when it was corrected or deleted")
    @APIResponse(responseCode = "200", description = "The earlier versions; empty if the figure was never corrected",
            content = @Content(schema = @Schema(implementation = ValueRevisionResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public List<ValueRevisionResponse> revisions(
            @PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
            @PathParam("period") @Parameter(description = "A financial year or a quarter", example = "2017-18-Q2") String period) {
        return service.revisions(ref, period);
    }

    @DELETE
    @Path("/{period}")
    @Operation(summary = "Remove the figure for one period (it is kept among its revisions)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public void delete(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String ref,
                       @PathParam("period") String period) {
        service.delete(ref, period);
    }
}
