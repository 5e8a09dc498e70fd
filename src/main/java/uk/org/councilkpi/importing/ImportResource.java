package uk.org.councilkpi.importing;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.indicator.IndicatorFilter;

@Path("/api/v1/imports")
@Tag(name = "Imports")
@RolesAllowed(Role.EDITOR_NAME)
public class ImportResource {

    static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = """
            ref,period,value,state,target,provisional,estimated,note,commentary
            1.5,2017-18-Q2,20,,<20%,,,,"Repeat referrals fell for a second quarter"
            1.11,2017-18-Q2,333,,260-300,,,,
            2.3,2017-18-Q2,,NOT_YET_AVAILABLE,,,,,This data will be presented annually
            """;
    private static final String JSON_EXAMPLE = """
            {"enteredBy": "performance.team", "rows": [
              {"ref": "1.5", "period": "2017-18-Q2", "value": 20, "target": "<20%",
               "commentary": "Repeat referrals fell for a second quarter"},
              {"ref": "2.3", "period": "2017-18-Q2", "state": "NOT_YET_AVAILABLE"}]}""";

    private final ImportService imports;
    private final TemplateService templates;
    private final ImportConfig config;

    public ImportResource(ImportService imports, TemplateService templates, ImportConfig config) {
        this.imports = imports;
        this.templates = templates;
        this.config = config;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFigures", summary = "Load a batch of figures and targets, all or nothing",
            description = "Every row is checked and every error reported, row by row; any error and nothing is written."
                    + " Rows sent again unchanged are left as they were (no new version). Figures of a signed-off"
                    + " period are refused: reopen it first. Editor role.")
    @APIResponse(responseCode = "200", description = "Loaded (or, for a dry run, checked): what was created, updated"
            + " and left unchanged", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    @APIResponse(responseCode = "413", ref = ApiResponses.TOO_LARGE_REF)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE_REF)
    public ImportResult importBatch(
            @RequestBody(required = true, description = "CSV (UTF-8, a header row, columns in any order and case:"
                    + " ref and period required; value, state, target, provisional, estimated, note, commentary;"
                    + " title ignored) or JSON", content = {
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportBody.class),
                            examples = @ExampleObject(name = "json", value = JSON_EXAMPLE))})
            InputStream body,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @QueryParam("dryRun") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "Check everything and count what would change, writing nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("enteredBy") @Size(max = ImportService.MAX_ENTERED_BY)
            @Parameter(description = "Who enters the batch: required for CSV; JSON may give it in the body",
                    example = "performance.team") String enteredBy) {
        // "?dryRun=" (empty) reaches the parameter as no value: refuse it rather than import for real
        List<String> dryRunGiven = uri.getQueryParameters().get("dryRun");
        if (dryRunGiven != null && dryRunGiven.stream().anyMatch(v -> !v.equals("true") && !v.equals("false"))) {
            throw ApiException.invalid("dryRun", "must be true or false");
        }
        long declared = headers.getLength();
        if (declared > config.maxBytes().asLongValue()) {
            throw LimitedInputStream.tooLarge(config.maxBytes().asLongValue());
        }
        return imports.importBody(formatOf(headers.getMediaType()), body, enteredBy, Boolean.parseBoolean(dryRun));
    }

    @GET
    @Path("/template")
    @Produces(CSV)
    @Operation(operationId = "getImportTemplate", description = "A CSV file (UTF-8, CRLF, header row) with one row per indicator for the period: the import's "
                    + "columns, with each indicator's ref and title filled in and its figure, target and commentary "
                    + "left to fill. Send it back to `POST /api/v1/imports` as `text/csv`. Editor role.",
            summary = "A CSV template for a period: one row per indicator, the import's columns, ready to fill in")
    @APIResponse(responseCode = "200", description = "The template, as an attachment figures-{period}.csv",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"figures-{period}.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(
                    name = "template", value = "ref,title,period,value,state,target,provisional,estimated,note,commentary\r\n"
                            + "1.5,% repeat referrals,2017-18-Q2,,,,,,,\r\n")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST_REF)
    public Response template(
            @QueryParam("period") @Parameter(required = true, description = "A financial year or a quarter",
                    example = "2017-18-Q2") String period,
            @Valid @BeanParam IndicatorFilter filter) {
        TemplateService.Template template = templates.template(period, filter);
        return Response.ok(template.csv(), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + template.filename() + "\"").build();
    }

    /** CSV or JSON; no media type, or a CSV in another charset than UTF-8, is refused (415). */
    private static ImportService.Source formatOf(MediaType type) {
        if (type == null) {
            throw new NotSupportedException("Say what the body is: Content-Type text/csv or application/json");
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return ImportService.Source.JSON;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new NotSupportedException("A CSV import must be UTF-8: send charset=utf-8, or no charset");
        }
        return ImportService.Source.CSV;
    }
}
