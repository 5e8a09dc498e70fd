package uk.org.councilkpi.milestone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.CachedReadResource;
import uk.org.councilkpi.scorecard.JsonOrCsv;
import uk.org.councilkpi.security.Role;

@Path("/api/v1/periods/{period}/milestones")
@Produces({MediaType.APPLICATION_JSON, JsonOrCsv.CSV})
@Tag(name = "Milestones")
@RolesAllowed(Role.VIEWER_NAME)
public class PeriodMilestonesResource extends CachedReadResource<ProgressService> {

    public PeriodMilestonesResource(ProgressService service, CachedRead read) {
        super(service, read);
    }

    @GET
    @Operation(operationId = "getPeriodMilestones", summary = "Every matching milestone with its progress in a quarter, and the counts by rating",
            description = "JSON; or, with Accept: text/csv, CSV: an attachment milestones-{period}.csv, one row per"
                    + " milestone (no counts). Each milestone with the quarter's rating (none when not entered), its"
                    + " meaning, commentary, whether it is overdue by the quarter's end, and the direction against the"
                    + " previous quarter; the summary counts milestones by rating, overdue and direction. asAt reads it"
                    + " as it stood at an instant. Viewers and partners see published quarters only; editors see drafts."
                    + " Carries a strong ETag and Last-Modified; If-None-Match answers 304. Viewer role.")
    @APIResponse(responseCode = "200", description = "The quarter's milestones, with an ETag",
            headers = @Header(name = "Content-Disposition", description = "CSV only: attachment; filename=\"milestones-{period}.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodMilestonesResponse.class)),
                    @Content(mediaType = JsonOrCsv.CSV, schema = @Schema(type = SchemaType.STRING,
                            description = MilestoneCsv.PERIOD_DESCRIPTION))})
    @APIResponse(responseCode = "304", description = "Not modified: the answer still has the ETag named in If-None-Match")
    public Response milestones(@PathParam("period") String period,
                               @Valid @BeanParam MilestoneFilter filter,
                               @QueryParam("asAt") Instant asAt) {
        boolean drafts = read.drafts();
        return JsonOrCsv.answer(read, new PeriodMilestonesQuery(period, filter, asAt, drafts),
                () -> service.forPeriod(period, filter, asAt, drafts), MilestoneCsv::period, "milestones-" + period);
    }
}
