package uk.org.councilkpi.collection;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionRound", description = "The quarter's collection round: per responsible officer, which indicators"
        + " and milestones have a return for the period, which are still missing, and which were reported as not provided")
public record CollectionResponse(
        @Schema(examples = "2024-25-Q1") String period,
        @Schema(nullable = true, examples = "Halton Children's Services") String directorate,
        @Schema(nullable = true, examples = "CYP 2024-27") String plan,
        @Schema(description = "Over every officer") Counts counts,
        @Schema(description = "Officers by name (those with nothing named last)") List<Officer> officers) {

    @Schema(name = "CollectionCounts", description = "complete + notProvided + missing = total")
    public record Counts(
            @Schema(description = "Items expected for the period") int total,
            @Schema(description = "With a return that is not 'not provided' (a NOT_KNOWN rating, where the printed symbol"
                    + " was lost, is a return)") int complete,
            @Schema(description = "Returned as 'information requested, not provided'") int notProvided,
            @Schema(description = "Never entered") int missing) {
    }

    @Schema(name = "CollectionOfficer", description = "A responsible officer and the items they answer for")
    public record Officer(
            @Schema(nullable = true, description = "As the council names them; null for items naming nobody",
                    examples = "Jamie Pope") String name,
            @Schema(nullable = true, examples = "jamie.pope@example.gov.uk") String email,
            @Schema(description = "The services of their items") List<String> services,
            Counts counts,
            @Schema(description = "Their import template for the period (indicators), as a path",
                    examples = "/api/v1/imports/template?period=2024-25-Q1&responsibleOfficer=Jamie%20Pope") String template,
            List<Item> items) {
    }

    @Schema(name = "CollectionItem", description = "An indicator or a milestone and its return for the period")
    public record Item(
            @Schema(enumeration = {"INDICATOR", "MILESTONE", "RISK_CONTROL_MEASURE", "ACTION"}, examples = "MILESTONE")
            String type,
            @Schema(examples = "P2.3") String ref,
            String title,
            @Schema(nullable = true) String service,
            @Schema(enumeration = {"COMPLETE", "NOT_PROVIDED", "MISSING"}, description = "COMPLETE: returned; NOT_PROVIDED:"
                    + " returned as 'information requested, not provided'; MISSING: never entered") String status,
            @Schema(nullable = true, description = "What was returned: a figure's state or a milestone's rating",
                    examples = "NOT_PROVIDED") String returned,
            @Schema(nullable = true) String enteredBy,
            @Schema(nullable = true) Instant enteredAt) {
    }
}
