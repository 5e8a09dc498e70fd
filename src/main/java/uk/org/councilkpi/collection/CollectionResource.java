package uk.org.councilkpi.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.security.WriteRoles;

@Path("/api/v1/periods/{period}/collection")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection")
public class CollectionResource {

    private final CollectionService service;

    public CollectionResource(CollectionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(WriteRoles.COLLECTION_ROUND)
    @Operation(operationId = "getCollectionRound", summary = "The collection round of a period: per responsible officer,"
            + " what has a return, what is missing, what was reported as not provided",
            description = "The items the quarterly report covers (the plans in force and their milestones and indicators;"
                    + " the directorate's other indicators; milestones of no objective due in the year or with a return),"
                    + " each with its return for the period: COMPLETE (entered; a NOT_KNOWN rating is a return whose symbol"
                    + " was lost), NOT_PROVIDED (returned as 'information requested, not provided', a figure's state or a"
                    + " milestone's rating) or MISSING (never entered). Grouped by responsible officer (name and e-mail),"
                    + " with counts (complete 61 of 73) for each and for all, and the path of each officer's import"
                    + " template. An indicator reported annually is expected for a year, not for its quarters. Drafts"
                    + " count: it is the performance team's working list, and names officers' workloads. Editor role.")
    @APIResponse(responseCode = "200", description = "The collection round", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public CollectionResponse collection(
            @PathParam("period") String period,
            @QueryParam("directorate") @Size(max = 200) @Parameter(description = "Only this directorate's plans and items"
                    + " (exact match)", example = "Halton Children's Services") String directorate,
            @QueryParam("plan") @Size(max = 40) @Parameter(description = "Only this plan's items, by its ref (404 if no"
                    + " such plan is in force in the period)", example = "CYP 2024-27") String plan) {
        return service.collection(period, directorate, plan);
    }
}
