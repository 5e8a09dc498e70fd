package uk.org.councilkpi.signoff;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.annotation.security.RolesAllowed;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.common.ApiResponses;
import uk.org.councilkpi.period.Period;

@Path("/api/v1/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-off")
public class SignoffResource {

    private final SignoffService service;

    public SignoffResource(SignoffService service) {
        this.service = service;
    }

    @RolesAllowed(Role.VIEWER_NAME)
    @GET
    @Path("/sign-off")
    @Operation(operationId = "getSignoff", description = "Whether the period is signed off now, when it was last signed off, and every sign-off and "
                    + "reopening. Viewer role.",
            summary = "Whether a period is signed off, with every sign-off and reopening")
    @APIResponse(responseCode = "200", description = "The period's sign-off status")
    public SignoffResponse status(@PathParam("period") String period) {
        return service.status(Period.parse(period));
    }

    @RolesAllowed(WriteRoles.PERIODS)
    @POST
    @Path("/sign-off")
    @Operation(operationId = "signOffPeriod", description = "Signs the period off: its figures, overrides and the targets that"
                    + " rate it are locked (changes answer 409) until it is reopened, and it is published."
                    + " `GET /api/v1/scorecards/{period}?asSignedOff=first` (or latest, or a number) then reads the scorecard"
                    + " as signed off. The body is optional: {\"note\": \"Reported to committee on 27 November\"} and"
                    + " \"by\", the officer signing off when not the caller; the authenticated caller is always recorded."
                    + " Admin role.",
            summary = "Sign a period off: its figures and overrides are then locked until it is reopened")
    @APIResponse(responseCode = "200", description = "Signed off")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public SignoffResponse signOff(@PathParam("period") String period,
                                   @RequestBody(required = false, description = "Optional: a note, and the officer signing off"
                                           + " when not the caller") @Valid SignoffRequest body) {
        return service.signOff(Period.parse(period), body);
    }

    @RolesAllowed(WriteRoles.PERIODS)
    @POST
    @Path("/reopen")
    @Operation(operationId = "reopenPeriod", description = "Reopens a signed-off period so that its figures and overrides can be changed again; the reason "
                    + "(`note`) is required. A period that was published only by its sign-off is no longer published "
                    + "(the feed announces `WITHDRAWN`). Admin role.",
            summary = "Reopen a signed-off period, with the reason, so that its figures can be corrected")
    @APIResponse(responseCode = "200", description = "Reopened")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public SignoffResponse reopen(@PathParam("period") String period,
                                  @Valid @NotNull(message = "is required: {\"note\": \"why the period is reopened\"},"
                                          + " and optionally \"by\"") SignoffRequest body) {
        return service.reopen(Period.parse(period), body);
    }
}
