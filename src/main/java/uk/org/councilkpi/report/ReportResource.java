package uk.org.councilkpi.report;

import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.CachedReadResource;
import uk.org.councilkpi.signoff.WhichSignOff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.readcache.Attachment;
import uk.org.councilkpi.scorecard.ScorecardQuery;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.status.DirectionBasis;

/** The committee report of a period: HTML with a print stylesheet, or PDF, chosen by the Accept header. */
@Path("/api/v1/reports/{period}/document")
@Produces({MediaType.TEXT_HTML, ReportResource.PDF})
@Tag(name = "Pictures")
@RolesAllowed(Role.VIEWER_NAME)
public class ReportResource extends CachedReadResource<ReportService> {

    public static final String PDF = "application/pdf";
    static final MediaType HTML_UTF8 = new MediaType("text", "html", "UTF-8");
    static final MediaType PDF_TYPE = new MediaType("application", "pdf");

    private final ReportTemplate report;

    public ReportResource(ReportService service, CachedRead read, ReportTemplate report) {
        super(service, read);
        this.report = report;
    }

    @GET
    @Operation(operationId = "getCommitteeReport", summary = "The committee report for a period: cover, summary counts, the scorecard by service, charts, key",
            description = "Built from the scorecard (same filters, basis, asAt and asSignedOff, same publication rules: a"
                    + " viewer's report holds published figures only, and no suppressed number). text/html (the default;"
                    + " a print stylesheet lays it out on A4 landscape) or, with Accept: application/pdf, a PDF printed"
                    + " from the same page (openhtmltopdf) as an attachment committee-report-{period}.pdf. The cover names"
                    + " the council, the committee, the period and a data-quality statement; the charts are those of the key"
                    + " indicators (when none is marked key, the red- and amber-rated ones, at most 24). Viewer role.")
    @APIResponse(responseCode = "200", description = "The report, with an ETag (If-None-Match answers 304)",
            headers = @Header(name = "Content-Disposition", description = "PDF only: attachment; filename=\"committee-report-{period}.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                            description = "An XHTML page with a print stylesheet (A4 landscape) and inline SVG charts"),
                            examples = @ExampleObject(name = "html", summary = "The start of a report",
                                    value = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>"
                                            + "<title>Children and Families Overview and Scrutiny Committee: performance"
                                            + " scorecard 2017-18-Q2, Cheshire East Children and Families</title>...")),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "A PDF, A4 landscape"),
                            examples = @ExampleObject(name = "pdf", summary = "A PDF document",
                                    value = "%PDF-1.7 ... (binary)"))})
    @APIResponse(responseCode = "304", description = "Not modified: the report still has the ETag named in If-None-Match")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response document(
            @PathParam("period") String period,
            @Valid @BeanParam IndicatorFilter filter,
            @QueryParam("basis") @Pattern(regexp = DirectionBasis.PATTERN, message = DirectionBasis.MESSAGE)
            @Parameter(schema = @Schema(implementation = DirectionBasis.class)) String basis,
            @QueryParam("asAt") Instant asAt,
            @QueryParam("asSignedOff") @Parameter(description = "The report as the period was signed off: true or latest,"
                    + " the last sign-off; first, as it went to committee; or a sign-off's number, from 1; not with asAt"
                    + " (400)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(" + WhichSignOff.PATTERN + ")$"),
                    example = "first") @Pattern(regexp = WhichSignOff.PATTERN, message = WhichSignOff.MESSAGE)
            String asSignedOff,
            @QueryParam("council") @Size(max = 200) @Parameter(description = "The council named on the cover (default: the directorate)",
                    example = "Cheshire East Council") String council,
            @QueryParam("committee") @Size(max = 200) @Parameter(description = "The committee named on the cover"
                    + " (default: councilkpi.report.committee)", example = "Children and Families Overview and Scrutiny Committee")
            String committee) {
        boolean pdf = ReportFormat.prefersPdf(read.headers().getAcceptableMediaTypes());
        ReportQuery query = new ReportQuery(ScorecardQuery.asked(period, filter, basis, asAt, asSignedOff,
                read.drafts()), council, committee, pdf);
        Response answer = read.answer(query, pdf ? PDF_TYPE : HTML_UTF8, () -> service.report(query),
                view -> {
                    String html = report.render(view);
                    return pdf ? PdfRenderer.pdf(html) : html.getBytes(StandardCharsets.UTF_8);
                });
        return pdf ? Attachment.of(answer, "committee-report-" + period, "pdf") : answer;
    }
}
