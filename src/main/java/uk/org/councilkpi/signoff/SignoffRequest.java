package uk.org.councilkpi.signoff;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignoffRequest", description = "Who signs off or reopens a period, and why")
public record SignoffRequest(
        @Size(max = 100) @Schema(description = "The officer who signs off or reopens, when not the caller: recorded"
                + " beside the authenticated caller (\"Performance team loader for head.of.performance\")",
                examples = "head.of.performance") String by,
        @Size(max = 4000) @Schema(description = "A note for a sign-off; the reason, required, for a reopening",
                examples = "Reported to Children and Families Overview and Scrutiny, 27 November 2017") String note) {
}
