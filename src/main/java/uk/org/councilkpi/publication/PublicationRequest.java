package uk.org.councilkpi.publication;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicationRequest", description = "A note on publishing a period; the reason, required, for a withdrawal")
public record PublicationRequest(
        @Size(max = 4000) @Schema(examples = "Published for the December scrutiny committee") String note) {
}
