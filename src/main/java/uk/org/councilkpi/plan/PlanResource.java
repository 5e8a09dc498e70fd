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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.web.CreatedAnswer;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanResource {

    private static final String BODY = "is required: a JSON object such as {\"ref\": \"CYP 2024-27\", \"title\": \"Children and Young People Plan 2024-27\"}";

    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "listPlans", summary = "List plans, each with its priorities and objectives",
            description = "Every plan in ref order, each with its priorities and objectives in report order. Viewer role.")
    @APIResponse(responseCode = "200", description = "The plans",
            content = @Content(schema = @Schema(implementation = PlanResponse.class, type = SchemaType.ARRAY)))
    public List<PlanResponse> list() {
        return service.list();
    }

    @GET
    @Path("/{ref}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "getPlan", summary = "Get one plan with its priorities and objectives",
            description = "The plan, its priorities and objectives depth first (each priority followed by the objectives"
                    + " under it), each with the indicators that serve it. Viewer role.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse get(@PathParam("ref") @Ref String ref) {
        return service.get(ref);
    }

    @POST
    @RolesAllowed(WriteRoles.PLANS)
    @Operation(operationId = "createPlan", summary = "Define a new plan",
            description = "Defines a plan; its ref must not exist. Answers 201 with the plan and its `Location`. Admin role.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response create(@Valid @NotNull(message = BODY) PlanRequest body, UriInfo uri) {
        return CreatedAnswer.of(uri, service.create(body), PlanResponse::ref);
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(WriteRoles.PLANS)
    @Operation(operationId = "replacePlan", summary = "Replace a plan's definition (its ref cannot change)",
            description = "Replaces the plan's title, directorate and periods; the ref in the body must be the ref in"
                    + " the path. Its priorities and objectives stay. Admin role.")
    @APIResponse(responseCode = "200", description = "The plan as it now stands",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse replace(@PathParam("ref") @Ref String ref,
                                @Valid @NotNull(message = BODY) PlanRequest body) {
        return service.replace(ref, body);
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(WriteRoles.PLANS)
    @Operation(operationId = "deletePlan", summary = "Delete a plan with no priorities or objectives",
            description = "Deletes a plan that has no priorities or objectives left; one that has answers 409 (delete"
                    + " them first). Its history stays. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("ref") @Ref String ref) {
        service.delete(ref);
    }
}
