package uk.org.councilkpi.changes;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.common.Ref;

@Path("/api/v1/indicators/{ref}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
@RolesAllowed(Role.EDITOR_NAME)
public class ChangesResource {

    private final ChangesService service;

    public ChangesResource(ChangesService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listIndicatorChanges", description = "The audit trail, oldest first: every version of the definition, targets, figures, overrides and "
                    + "comparators, whoever wrote it (the API, an import, a fix in the database), with who, when, the "
                    + "import batch and the values before and after. A deleted indicator's trail stays readable, its "
                    + "deletion last; 404 only for a ref no indicator ever had. Editor role.",
            summary = "Every change to an indicator's definition, targets, figures, overrides and comparators: who, when, before and after, and the batch")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public ChangesResponse changes(@PathParam("ref") @Ref String ref) {
        return service.changes(ref);
    }
}
