package uk.org.councilkpi.changes;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.common.Refs;
import uk.org.councilkpi.indicator.IndicatorService;

@Path("/api/v1/indicators/{ref}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
@ApplicationScoped
@RolesAllowed(Role.EDITOR_NAME)
public class ChangesResource {

    private final IndicatorService indicators;
    private final ChangesRepository versions;

    public ChangesResource(IndicatorService indicators, ChangesRepository versions) {
        this.indicators = indicators;
        this.versions = versions;
    }

    /** The response: the indicator's ref and its changes, oldest first. */
    @Schema(name = "Changes", description = "Every change to an indicator, oldest first")
    public record ChangesResponse(@Schema(examples = "1.5") String ref, List<Change> changes) {
    }

    @GET
    @Transactional
    @Operation(operationId = "listIndicatorChanges", description = "The audit trail, oldest first: every version of the definition, targets, figures, overrides and "
                    + "comparators, whoever wrote it (the API, an import, a fix in the database), with who, when, the "
                    + "import batch and the values before and after. Editor role.",
            summary = "Every change to an indicator's definition, targets, figures, overrides and comparators: who, when, before and after, and the batch")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public ChangesResponse changes(@PathParam("ref") @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE)
                                   @Parameter(description = "The indicator's ref", example = "1.5") String ref) {
        long id = indicators.require(ref).id;
        return new ChangesResponse(ref, ChangeLog.changes(versions.versions(id)));
    }
}
