package uk.org.councilkpi.chart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.CachedReadResource;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.status.DirectionBasis;

/** An indicator's chart as SVG: the history drawn, with the same roles, publication rules and caching. */
@Path("/api/v1/indicators/{ref}/chart")
@Produces(ChartResource.SVG)
@Tag(name = "Pictures")
@RolesAllowed(Role.VIEWER_NAME)
public class ChartResource extends CachedReadResource<ChartService> {

    public static final String SVG = "image/svg+xml";
    static final MediaType SVG_UTF8 = new MediaType("image", "svg+xml", "UTF-8");

    private static final String EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " width=\"720\" height=\"360\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">1.11"
            + " Number of children subject to a CP plan</title><desc id=\"chart-desc\">Chart of 1.11 Number of children subject to"
            + " a CP plan, number by period, a context measure. 2017-18-Q1: 288 Green, target range 260 to 300; 2017-18-Q2: 333"
            + " Amber, up against 2017-18-Q1, target range 260 to 300.</desc>...</svg>";

    public ChartResource(ChartService service, CachedRead read) {
        super(service, read);
    }

    @GET
    @Operation(operationId = "getIndicatorChart", summary = "An indicator's chart as SVG: figures, target, comparators, each point rated by shape, word and colour",
            description = "Drawn with JFreeChart onto JFreeSVG from the indicator's history, as the caller may see it:"
                    + " a viewer's chart holds published figures only, and a suppressed figure is a gap for everyone."
                    + " Figures by quarter and recorded year-end outturns, oldest first; a target as a dashed line, a range"
                    + " as a shaded band; the latest national (dotted) and statistical-neighbour (dash-dot) averages as reference lines named in the legend; each point a green"
                    + " circle, amber triangle, red square or grey diamond (not rated), hollow when provisional, labelled"
                    + " with its figure and rating; gaps (missing, suppressed, N/A) as shaded bands naming why. The SVG has"
                    + " a <title> and a <desc> listing every point for screen readers. sparkline=true draws a 120x32"
                    + " sparkline for a table cell (line and rated points only). Viewer role.")
    @APIResponse(responseCode = "200", description = "The chart, with an ETag (If-None-Match answers 304)",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING,
                    description = "An SVG 1.1 document (UTF-8) with <title> and <desc>"),
                    examples = @ExampleObject(name = "chart", summary = "A range target, two quarters", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified: the chart still has the ETag named in If-None-Match")
    public Response chart(
            @PathParam("ref") @Ref String ref,
            @QueryParam("periods") @Pattern(regexp = "[1-9]|[1-3][0-9]|40", message = "must be a whole number from 1 to 40")
            @Parameter(description = "How many periods to show, the latest last (default 8; sparkline 4)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "40")) String periods,
            @QueryParam("basis") @Pattern(regexp = DirectionBasis.PATTERN, message = DirectionBasis.MESSAGE)
            @Parameter(schema = @Schema(implementation = DirectionBasis.class)) String basis,
            @QueryParam("sparkline") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "A small sparkline for a table cell instead of the full chart",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String sparkline) {
        boolean spark = Boolean.parseBoolean(sparkline);
        ChartQuery query = new ChartQuery(ref, DirectionBasis.parse(basis), null,
                periods == null ? (spark ? 4 : 8) : Integer.parseInt(periods), spark, read.drafts());
        return read.answer(query, SVG_UTF8, () -> service.chart(query),
                data -> (spark ? ChartRenderer.sparkline(data, 120, 32) : ChartRenderer.svg(data, 720, 360))
                        .getBytes(StandardCharsets.UTF_8));
    }
}
