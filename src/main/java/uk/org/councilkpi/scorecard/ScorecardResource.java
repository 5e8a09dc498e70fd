package uk.org.councilkpi.scorecard;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.CachedReadResource;
import uk.org.councilkpi.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.signoff.WhichSignOff;
import uk.org.councilkpi.status.DirectionBasis;

@Path("/api/v1/scorecards")
@Produces({MediaType.APPLICATION_JSON, JsonOrCsv.CSV})
@Tag(name = "Scorecards")
@RolesAllowed(Role.VIEWER_NAME)
public class ScorecardResource extends CachedReadResource<ScorecardService> {

    public ScorecardResource(ScorecardService service, CachedRead read) {
        super(service, read);
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getScorecard", summary = "The scorecard for a quarter or a year: every matching indicator with RAG, direction of travel and summary counts",
            description = "JSON; or, with Accept: text/csv, CSV for a spreadsheet: an attachment scorecard-{period}.csv,"
                    + " one row per indicator (no summary counts). Each row: last year's outturn, the last four quarters,"
                    + " the figure, its target, computed RAG, officer's override, direction of travel and comparators;"
                    + " the summary counts ratings with and without overrides. Filters match exactly. asAt reads it as"
                    + " it stood at an instant, asSignedOff as last signed off. Viewers and partners see published"
                    + " figures only (a draft shows no figure and nothing computed from it); editors see drafts."
                    + " Carries a strong ETag and Last-Modified; If-None-Match answers 304. Viewer role.")
    @APIResponse(responseCode = "200", description = "The scorecard, with an ETag",
            headers = @Header(name = "Content-Disposition", description = "CSV only: attachment; filename=\"scorecard-{period}.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardResponse.class)),
                    @Content(mediaType = JsonOrCsv.CSV, schema = @Schema(type = SchemaType.STRING,
                            description = CsvViews.SCORECARD_DESCRIPTION))})
    @APIResponse(responseCode = "304", description = "Not modified: the scorecard still has the ETag named in If-None-Match")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response scorecard(
            @PathParam("period") String period,
            @Valid @BeanParam IndicatorFilter filter,
            @QueryParam("basis") @Pattern(regexp = DirectionBasis.PATTERN, message = DirectionBasis.MESSAGE)
            @Parameter(schema = @Schema(implementation = DirectionBasis.class)) String basis,
            @QueryParam("asAt") Instant asAt,
            @QueryParam("asSignedOff") @Parameter(description = "Read the scorecard as it stood when the period was signed"
                    + " off: true or latest, the last sign-off; first (\"as it went to committee\"); or a sign-off's"
                    + " number, from 1 (GET /api/v1/periods/{period}/sign-off lists them with their instants); not with"
                    + " asAt (400)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(" + WhichSignOff.PATTERN + ")$"),
                    example = "first") @Pattern(regexp = WhichSignOff.PATTERN, message = WhichSignOff.MESSAGE)
            String asSignedOff) {
        ScorecardQuery query = ScorecardQuery.asked(period, filter, basis, asAt, asSignedOff, read.drafts());
        return JsonOrCsv.answer(read, query, () -> service.scorecard(query), CsvViews::scorecard,
                "scorecard-" + period);
    }
}
