package uk.org.councilkpi.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.MergePatch;
import uk.org.councilkpi.common.PageResponse;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.web.CreatedAnswer;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Define the indicators a council reports on")
public class IndicatorResource {

    private static final String BODY = "is required: a JSON object such as {\"ref\": \"1.5\", \"title\": \"...\", \"unit\": \"PERCENT\", \"polarity\": \"LOWER_IS_BETTER\"}";

    private final IndicatorService service;
    private final MergePatch patches;

    public IndicatorResource(IndicatorService service, MergePatch patches) {
        this.service = service;
        this.patches = patches;
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Operation(operationId = "listIndicators", description = "Indicators in ref order, filtered by exact match on any of the query parameters, a page at a "
                    + "time (`page` from 0, `size` 1 to 500). Viewer role.",
            summary = "List indicators, filtered and paged")
    @APIResponse(responseCode = "200", description = "One page of indicators")
    public PageResponse<IndicatorResponse> list(@Valid @BeanParam IndicatorFilter filter,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "0|[1-9]\\d{0,5}", message = "must be a whole number from 0, without leading zeros")
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999999", defaultValue = "0"))
            String page,
            @QueryParam("size") @DefaultValue("50") @Pattern(regexp = "[1-9]\\d{0,2}", message = "must be a whole number from 1 to 500")
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            String size) {
        int pageSize = Integer.parseInt(size);
        if (pageSize > 500) {
            throw ApiException.invalid("size", "must be a whole number from 1 to 500");
        }
        return service.list(filter, Integer.parseInt(page), pageSize);
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Path("/{ref}")
    @Operation(operationId = "getIndicator", description = "The indicator's definition, with when it was created and last changed. Viewer role.",
            summary = "Get one indicator")
    @APIResponse(responseCode = "200", description = "The indicator")
    public IndicatorResponse get(@PathParam("ref") @Ref String ref) {
        return service.get(ref);
    }

    @RolesAllowed(WriteRoles.INDICATORS)
    @POST
    @Operation(operationId = "createIndicator", description = "Defines a new indicator from its full definition; the ref must not exist. Optional fields take "
                    + "the defaults the schema names. Answers 201 with the indicator and its `Location`. Admin role.",
            summary = "Define a new indicator")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponse.class)))
    public Response create(@Valid @NotNull(message = BODY) IndicatorRequest body, UriInfo uri) {
        return CreatedAnswer.of(uri, service.create(body), IndicatorResponse::ref);
    }

    @RolesAllowed(WriteRoles.INDICATORS)
    @PUT
    @Path("/{ref}")
    @Operation(operationId = "replaceIndicator", description = "Replaces the whole definition: fields left out take their defaults. The ref in the body must be "
                    + "the ref in the path. Figures already recorded are re-rated on the next read. Admin role.",
            summary = "Replace an indicator's definition (its ref cannot change)")
    @APIResponse(responseCode = "200", description = "The indicator as it now stands")
    public IndicatorResponse replace(@PathParam("ref") @Ref String ref,
                                     @Valid @NotNull(message = BODY) IndicatorRequest body) {
        return service.replace(ref, body);
    }

    @PATCH
    @RolesAllowed(WriteRoles.INDICATORS)
    @Path("/{ref}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctIndicator", summary = "Correct an indicator's definition: change only the fields named, keep the rest",
            description = MergePatch.DESCRIPTION + " Admin role.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public Response patch(@PathParam("ref") @Ref String ref,
                          @QueryParam(Audit.REASON_PARAMETER) @Size(max = Audit.MAX_REASON)
                          @Parameter(description = MergePatch.REASON) String changeReason,
                          @RequestBody(required = true, description = "A JSON Merge Patch (RFC 7396) of an indicator's definition (the fields of IndicatorRequest; its ref cannot change)",
                                  content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                                          description = MergePatch.FIELDS),
                                          examples = @ExampleObject(name = "correction", value = "{\"title\": \"% of re-referrals to children's social care within 12 months\"}")))
                          JsonNode patch) throws JsonProcessingException {
        return Response.ok(replace(ref, patches.apply(service.currentRequest(ref), patch, IndicatorRequest.class))).build();
    }

    @RolesAllowed(WriteRoles.INDICATORS)
    @DELETE
    @Path("/{ref}")
    @Operation(operationId = "deleteIndicator", description = "Deletes an indicator that has no recorded figures, with its targets, overrides and comparators; "
                    + "one with figures answers 409 (delete its figures first). Its history stays. Admin role.",
            summary = "Delete an indicator with no recorded figures, with its targets, overrides and comparators")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("ref") @Ref String ref) {
        service.delete(ref);
    }
}
