package uk.org.councilkpi.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.security.WriteRoles;

@Path("/api/v1/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
public class PublicationResource {

    private final PublicationService service;

    public PublicationResource(PublicationService service) {
        this.service = service;
    }

    @GET
    @Path("/publication")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(operationId = "getPublication", description = "Whether the period's figures are published (signed off, or published explicitly), since when, "
                    + "and every publication and withdrawal with who, when and the note. Viewer role.",
            summary = "Whether a period's figures are published, with every publication and withdrawal")
    @APIResponse(responseCode = "200", description = "The period's publication status")
    public PublicationResponse status(@PathParam("period") String period) {
        return service.status(Period.parse(period));
    }

    @POST
    @Path("/publish")
    @RolesAllowed(WriteRoles.PERIODS)
    @Operation(operationId = "publishPeriod", description = "Publishes the period's figures before sign-off: viewers and partners see them from now on, and "
                    + "the feed announces them. Publishing a published period changes nothing. Admin role.",
            summary = "Publish a period's figures before sign-off: viewers and partners see them from now on")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public PublicationResponse publish(@PathParam("period") String period,
                                       @Valid PublicationRequest body) {
        return service.publish(Period.parse(period), body);
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed(WriteRoles.PERIODS)
    @Operation(operationId = "withdrawPeriod", description = "Withdraws an explicitly published period, with the reason (`note`, required): its figures are "
                    + "drafts again for viewers and partners, and the feed announces `WITHDRAWN`. A signed-off period "
                    + "must be reopened instead (409). Admin role.",
            summary = "Withdraw a published (not signed-off) period, with the reason: its figures are drafts again")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT_REF)
    public PublicationResponse withdraw(@PathParam("period") String period,
                                        @Valid PublicationRequest body) {
        return service.withdraw(Period.parse(period), body);
    }
}
