package uk.org.councilkpi.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.CachedReadResource;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.status.DirectionBasis;

/** The quarterly report's data as JSON: what the committee document prints, grouped plan > priority > objective. */
@Path("/api/v1/reports/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed(Role.VIEWER_NAME)
public class QuarterlyReportResource extends CachedReadResource<QuarterlyReportService> {

    public QuarterlyReportResource(QuarterlyReportService service, CachedRead read) {
        super(service, read);
    }

    @GET
    @Operation(operationId = "getQuarterlyReport", summary = "The quarterly report: plans, priorities and objectives with"
            + " their milestones' progress and their indicators' RAG, and the counts a council prints",
            description = "Grouped plan > priority > objective, for the plans in force in the period (a plan's from and to"
                    + " periods; those of the directorate, or the one plan asked for). Each milestone: the officer's"
                    + " progress rating for the period (stored, never computed) with its meaning and commentary, overdue"
                    + " (past its due date at the end of the period and not complete) and its direction against the"
                    + " previous quarter's rating. Each indicator as on the scorecard (figure, target, RAG, override,"
                    + " direction of travel). notInAPlan holds the directorate's indicators that serve no objective, and"
                    + " milestones of no objective due in the period's year or with a return for it. The summary counts"
                    + " milestones by progress, key and other indicators by RAG, and directions. asAt reads it as it"
                    + " stood at an instant. Viewers and partners see published periods only: a draft's figures and"
                    + " progress are not shown, and nothing is counted from them; editors see drafts. Carries a strong"
                    + " ETag and Last-Modified; If-None-Match answers 304. Viewer role.")
    @APIResponse(responseCode = "200", description = "The report, with an ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterlyReportResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the report still has the ETag named in If-None-Match")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND_REF)
    public Response report(
            @PathParam("period") String period,
            @QueryParam("directorate") @Size(max = 200) @Parameter(description = "Only this directorate's plans, and its"
                    + " indicators and milestones outside any plan (exact match)", example = "Halton Children's Services")
            String directorate,
            @QueryParam("plan") @Size(max = 40) @Parameter(description = "Only this plan, by its ref (404 if no such plan"
                    + " is in force in the period)", example = "CYP 2024-27") String plan,
            @QueryParam("basis") @Pattern(regexp = DirectionBasis.PATTERN, message = DirectionBasis.MESSAGE)
            @Parameter(schema = @Schema(implementation = DirectionBasis.class)) String basis,
            @QueryParam("asAt") Instant asAt) {
        DirectionBasis directionBasis = DirectionBasis.parse(basis);
        boolean drafts = read.drafts();
        return read.json(new QuarterlyReportQuery(period, directorate, plan, directionBasis, asAt, drafts),
                () -> service.report(period, directorate, plan, directionBasis, asAt, drafts));
    }
}
