package uk.org.councilkpi.importing;

import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.WriteRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import uk.org.councilkpi.importing.check.EnteredBy;
import uk.org.councilkpi.importing.read.LimitedInputStream;

@Path("/api/v1/imports")
@Tag(name = "Imports")
@RolesAllowed(WriteRoles.FIGURES) // a batch with targets needs WriteRoles.TARGETS too: checked per row
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

    /** A batch of milestones' progress: a milestone column instead of ref (see ProgressImport). */
    private static final String PROGRESS_CSV_EXAMPLE = """
            milestone,period,rating,commentary
            P1.3,2024-25-Q1,ON_COURSE,"374 children in care, a positive reduction of 2% from previous quarter Q4 381."
            P1.4,2024-25-Q1,NOT_PROVIDED,"Information requested, not provided"
            """;
    private static final String PROGRESS_JSON_EXAMPLE = """
            {"enteredBy": "performance.team", "rows": [
              {"milestone": "P1.3", "period": "2024-25-Q1", "rating": "ON_COURSE",
               "commentary": "374 children in care, a positive reduction of 2% from previous quarter Q4 381."}]}""";

    private final ImportService imports;
    private final TemplateService templates;
    private final ImportConfig config;

    /** An Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ImportResource(ImportService imports, TemplateService templates, ImportConfig config) {
        this.imports = imports;
        this.templates = templates;
        this.config = config;
    }

    @POST
    @Consumes({CSV, XLSX, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFigures", summary = "Load a batch of figures and targets, all or nothing",
            description = "Every row is checked and every error reported, row by row; any error and nothing is written."
                    + " Rows sent again unchanged are left as they were (no new version). Figures of a signed-off"
                    + " period are refused: reopen it first. A batch whose CSV header (or first JSON row) has a"
                    + " `milestone` column instead of `ref` records milestones' progress: milestone, period (a quarter),"
                    + " rating and commentary, one row per milestone and quarter, checked and loaded the same way (row"
                    + " errors UNKNOWN_MILESTONE, INVALID_RATING, PERIOD_SIGNED_OFF, DUPLICATE_ROW); CSV and JSON only."
                    + " Editor role.")
    @APIResponse(responseCode = "200", description = "Loaded (or, for a dry run, checked): what was created, updated"
            + " and left unchanged", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "413", ref = ApiResponses.TOO_LARGE_REF)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE_REF)
    public ImportResult importBatch(
            @RequestBody(required = true, description = "CSV (UTF-8, a header row, columns in any order and case:"
                    + " ref and period required; value, state, target, provisional, estimated, note, commentary;"
                    + " title ignored; or, for milestones' progress, milestone, period and rating required, commentary)"
                    + " or JSON", content = {
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = {@ExampleObject(name = "csv", value = CSV_EXAMPLE),
                                    @ExampleObject(name = "progress-csv", value = PROGRESS_CSV_EXAMPLE)}),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "An Excel workbook: the first sheet (or the one named by sheet), its first row"
                                    + " the header, as in a CSV; cells read as Excel shows them (a percentage cell as 85%)")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportBody.class),
                            examples = {@ExampleObject(name = "json", value = JSON_EXAMPLE),
                                    @ExampleObject(name = "progress-json", value = PROGRESS_JSON_EXAMPLE)})})
            InputStream body,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @QueryParam("dryRun") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "Check everything and count what would change, writing nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("enteredBy") @Size(max = EnteredBy.MAX)
            @Parameter(description = "Who enters the batch: required for CSV; JSON may give it in the body",
                    example = "performance.team") String enteredBy,
            @QueryParam("checkTitles") @DefaultValue("true") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "A row's title must be its ref's title (REF_TITLE_MISMATCH otherwise: Excel turns"
                    + " ref 1.10 into 1.1); false loads such rows as they are",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) String checkTitles,
            @QueryParam("sheet") @Size(max = 31)
            @Parameter(description = "For a workbook: the sheet to read (the first when absent)", example = "Figures")
            String sheet) {
        // "?dryRun=" (empty) reaches the parameter as no value: refuse it rather than import for real
        List<String> dryRunGiven = uri.getQueryParameters().get("dryRun");
        if (dryRunGiven != null && dryRunGiven.stream().anyMatch(v -> !v.equals("true") && !v.equals("false"))) {
            throw ApiException.invalid("dryRun", "must be true or false");
        }
        long declared = headers.getLength();
        if (declared > config.maxBytes().asLongValue()) {
            throw LimitedInputStream.tooLarge(config.maxBytes().asLongValue());
        }
        return imports.importBody(formatOf(headers.getMediaType()), body, enteredBy, Boolean.parseBoolean(dryRun),
                Boolean.parseBoolean(checkTitles), sheet);
    }

    @GET
    @Path("/template")
    @Produces({CSV, XLSX})
    @Operation(operationId = "getImportTemplate",
            summary = "A template for a period, as CSV or as an Excel workbook: one row per indicator, ready to fill in",
            description = "Editor role. UTF-8 with a byte-order mark (Excel opens it as UTF-8). Besides the import's columns, each row"
                    + " carries for reference the indicator's unit, the target that rates the period, and the figures of"
                    + " the previous quarter and of the same period last year (a figure without a number by its state);"
                    + " an import ignores those columns, skips the rows left untouched and checks each title against"
                    + " its ref, so the file can be sent back as it is filled in. With Accept: " + XLSX + ", the same as"
                    + " a workbook (sheet Figures): ref, title, period and reference cells locked, drop-down lists for"
                    + " the state and the flags.")
    @APIResponse(responseCode = "200", description = "The template, as an attachment figures-{period}.csv (or .xlsx)",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"figures-{period}.csv\" (figures-{period}.xlsx for a workbook)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(
                    name = "template", value = "ref,title,period,value,state,target,provisional,estimated,note,commentary,unit,"
                            + "current_target,previous_figure,last_year_figure\r\n"
                            + "1.5,% repeat referrals,2017-18-Q2,,,,,,,,PERCENT,<20%,18.8,22\r\n")),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(
            @QueryParam("period") @Parameter(required = true, description = "A financial year or a quarter",
                    example = "2017-18-Q2") String period,
            @Valid @BeanParam IndicatorFilter filter,
            @QueryParam("responsibleOfficer") @Size(max = 200)
            @Parameter(description = "Only the indicators this officer is responsible for (exact match)",
                    example = "Jamie Pope") String responsibleOfficer,
            @Context HttpHeaders headers) {
        if (headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(XLSX))
                && !t.isWildcardType())) {
            byte[] workbook = templates.workbook(period, filter, responsibleOfficer);
            return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"figures-"
                    + uk.org.councilkpi.period.Period.parse(period).code() + ".xlsx\"").build();
        }
        TemplateService.Template template = templates.template(period, filter, responsibleOfficer);
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
        if (type.isCompatible(MediaType.valueOf(XLSX))) {
            return ImportService.Source.XLSX;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new NotSupportedException("A CSV import must be UTF-8: send charset=utf-8, or no charset");
        }
        return ImportService.Source.CSV;
    }
}
