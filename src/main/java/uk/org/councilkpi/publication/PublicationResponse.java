package uk.org.councilkpi.publication;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodPublication", description = "Whether a period's figures are published (signed off, or published"
        + " explicitly), and every publication and withdrawal")
public record PublicationResponse(
        @Schema(examples = "2017-18-Q2") String period,
        @Schema(description = "Viewers and partners see its figures") boolean published,
        @Schema(description = "Published because the period is signed off") boolean signedOff,
        @Schema(nullable = true, description = "Since when it is published") Instant publishedAt,
        List<Event> events) {

    @Schema(name = "PeriodPublicationEvent")
    public record Event(@Schema(enumeration = {"PUBLISH", "WITHDRAW"},
            description = "PUBLISH: the period's figures were published; WITHDRAW: they were withdrawn, drafts again") String action, String by, Instant at, @Schema(nullable = true) String note) {
    }
}
