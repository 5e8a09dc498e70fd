package uk.org.councilkpi.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.web.CreatedAnswer;

@Path("/api/v1/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class ObjectiveResource {

    private static final String BODY = "is required: a JSON object such as {\"ref\": \"CYP P1\", \"plan\": \"CYP 2024-27\", \"title\": \"...\"}";

    private final ObjectiveService service;

    public ObjectiveResource(ObjectiveService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "listObjectives", summary = "List priorities and objectives, in report order",
            description = "Every priority and objective (of one plan with `plan`), plan by plan, depth first. Viewer role.")
    @APIResponse(responseCode = "200", description = "The priorities and objectives",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public List<ObjectiveResponse> list(@QueryParam("plan") @Ref
                                        @Parameter(description = "Only this plan's (404 if there is no such plan)",
                                                example = "CYP 2024-27") String plan) {
        return service.list(plan);
    }

    @GET
    @Path("/{ref}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "getObjective", summary = "Get one priority or objective",
            description = "Its plan, parent, level, title, position and the indicators that serve it. Viewer role.")
    @APIResponse(responseCode = "200", description = "The priority or objective",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public ObjectiveResponse get(@PathParam("ref") @Ref String ref) {
        return service.get(ref);
    }

    @POST
    @RolesAllowed(WriteRoles.PLANS)
    @Operation(operationId = "createObjective", summary = "Define a priority or an objective of a plan",
            description = "Defines a priority (no parent) or an objective (under a priority of the same plan, or at the"
                    + " top of its plan), with the indicators that serve it. The ref must not exist in any plan."
                    + " Answers 201 with its `Location`. Admin role.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response create(@Valid @NotNull(message = BODY) ObjectiveRequest body, UriInfo uri) {
        return CreatedAnswer.of(uri, service.create(body), ObjectiveResponse::ref);
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(WriteRoles.PLANS)
    @Operation(operationId = "replaceObjective", summary = "Replace a priority or objective (its ref cannot change)",
            description = "Replaces its plan, parent, level, title, position and indicators (the list given replaces the"
                    + " list held). The ref in the body must be the ref in the path. Admin role.")
    @APIResponse(responseCode = "200", description = "As it now stands",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public ObjectiveResponse replace(@PathParam("ref") @Ref String ref,
                                     @Valid @NotNull(message = BODY) ObjectiveRequest body) {
        return service.replace(ref, body);
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(WriteRoles.PLANS)
    @Operation(operationId = "deleteObjective", summary = "Delete a priority or objective with nothing under it",
            description = "Deletes it with its indicator memberships (the indicators stay); one with objectives or"
                    + " milestones under it answers 409. Its history stays. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("ref") @Ref String ref) {
        service.delete(ref);
    }
}
