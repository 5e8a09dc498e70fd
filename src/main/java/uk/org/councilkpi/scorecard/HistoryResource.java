package uk.org.councilkpi.scorecard;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.CachedReadResource;
import uk.org.councilkpi.security.Role;
import jakarta.validation.constraints.Pattern;
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
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.status.DirectionBasis;

@Path("/api/v1/indicators/{ref}/history")
@Produces({MediaType.APPLICATION_JSON, JsonOrCsv.CSV})
@Tag(name = "History")
@RolesAllowed(Role.VIEWER_NAME)
public class HistoryResource extends CachedReadResource<ScorecardService> {

    public HistoryResource(ScorecardService service, CachedRead read) {
        super(service, read);
    }

    @GET
    @Operation(operationId = "getIndicatorHistory", summary = "An indicator's history: every recorded figure with its RAG and direction of travel",
            description = "JSON; or, with Accept: text/csv, CSV for a spreadsheet: an attachment history-{ref}.csv, one"
                    + " row per period. Each entry: the figure, its target, computed RAG, officer's override and"
                    + " direction of travel. asAt reads it as it stood at an instant, with the definitions and targets"
                    + " of then; basis compares every figure on one basis. Viewers and partners see published figures"
                    + " only. Carries a strong ETag and Last-Modified; If-None-Match answers 304. Viewer role.")
    @APIResponse(responseCode = "200", description = "The history, oldest first, with an ETag",
            headers = @Header(name = "Content-Disposition", description = "CSV only: attachment; filename=\"history-{ref}.csv\""
                    + " (characters other than letters, digits, dots, hyphens and underscores written as _)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryResponse.class)),
                    @Content(mediaType = JsonOrCsv.CSV, schema = @Schema(type = SchemaType.STRING,
                            description = CsvViews.HISTORY_DESCRIPTION))})
    @APIResponse(responseCode = "304", description = "Not modified: the history still has the ETag named in If-None-Match")
    public Response history(
            @PathParam("ref") @Ref String ref,
            @QueryParam("basis") @Pattern(regexp = DirectionBasis.PATTERN, message = DirectionBasis.MESSAGE)
            @Parameter(schema = @Schema(implementation = DirectionBasis.class)) String basis,
            @QueryParam("asAt") Instant asAt) {
        HistoryQuery query = new HistoryQuery(ref, DirectionBasis.parse(basis), asAt, read.drafts());
        return JsonOrCsv.answer(read, query, () -> service.history(query), CsvViews::history, "history-" + ref);
    }
}
