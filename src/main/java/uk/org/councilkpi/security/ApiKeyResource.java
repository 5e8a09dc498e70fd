package uk.org.councilkpi.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;

@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
@RolesAllowed(WriteRoles.KEYS)
public class ApiKeyResource {

    private final ApiKeyService service;

    public ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "issueApiKey", description = "Issues a key for a named client with one role, optionally until an instant. The answer holds "
                    + "the key (`key`) once: only its SHA-256 is stored, and it cannot be shown again. Answers 201 "
                    + "with `Location` and `Cache-Control: no-store`. Admin role.",
            summary = "Issue an API key for a named client with a role; the key is in this answer only")
    @APIResponse(responseCode = "201", description = "Issued: the answer holds the key, which is not stored and cannot be shown again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyResponse.class)))
    public Response create(@Valid @NotNull ApiKeyRequest request, @Context UriInfo uri) {
        ApiKeyResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", description = "Every key issued, oldest first, active or not, with its client, role, who issued it, its "
                    + "expiry, its revocation and when it was last used (to the minute). Never the keys themselves. "
                    + "Admin role.",
            summary = "Every API key issued, active or not, without the keys themselves")
    @APIResponse(responseCode = "200", description = "The keys, oldest first")
    public List<ApiKeyResponse> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", description = "One key's record, without the key itself. Admin role.",
            summary = "One API key, without the key itself")
    @APIResponse(responseCode = "200", description = "The key")
    public ApiKeyResponse get(@PathParam("id") long id) {
        return service.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", description = "Revokes a key at once, on every instance; the record stays. Revoking a revoked key changes "
                    + "nothing. The last active administrator key cannot be revoked (409): issue another administrator "
                    + "key first. Admin role.",
            summary = "Revoke an API key: refused from the next request on; the record stays")
    @APIResponse(responseCode = "200", description = "Revoked (or already revoked): the key as it now stands")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF) // the last active administrator key
    public ApiKeyResponse revoke(@PathParam("id") long id) {
        return service.revoke(id);
    }
}
