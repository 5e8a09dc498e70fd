package uk.org.councilkpi.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest", description = "A new API key: for whom, with which role, until when")
public record ApiKeyRequest(
        @NotBlank @Size(max = 100) @Schema(description = "The client the key is for", examples = "Cheshire Police data team")
        String client,
        @NotNull @Pattern(regexp = "viewer|partner|editor|admin", message = "must be one of viewer, partner, editor, admin")
        @Schema(enumeration = {"viewer", "partner", "editor", "admin"}, examples = "partner",
                description = "The role: viewer (published figures), partner (and the feed), editor (drafts, suppressed numbers, every write of figures), admin (everything: definitions, targets, sign-off, publication, keys); each includes the ones before it") String role,
        @Schema(description = "When the key stops working (ISO-8601 with offset); none: until revoked",
                examples = "2027-03-31T23:59:59Z") OffsetDateTime expiresAt) {
}
