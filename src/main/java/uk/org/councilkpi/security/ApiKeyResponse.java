package uk.org.councilkpi.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", requiredProperties = {"id", "client", "role", "prefix", "createdBy", "createdAt", "expiresAt",
        "revokedAt", "revokedBy", "lastUsedAt", "active"}, description = "An API key as listed: never the key itself, except once, when it is created")
public record ApiKeyResponse(
        long id,
        @Schema(examples = "Cheshire Police data team") String client,
        @Schema(enumeration = {"viewer", "partner", "editor", "admin"}, examples = "partner",
                description = "The role: viewer (published figures), partner (and the feed), editor (drafts, suppressed numbers, every write of figures), admin (everything: definitions, targets, sign-off, publication, keys); each includes the ones before it") String role,
        @Schema(description = "The key's first characters, to tell keys apart", examples = "ckpi_Xy3kQ9a") String prefix,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The key: only in the answer that creates it; it is not stored and cannot be shown again")
        String key,
        String createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true) String revokedBy,
        @Schema(nullable = true, description = "When it was last used, to the minute") Instant lastUsedAt,
        @Schema(description = "Neither revoked nor expired") boolean active) {

    static ApiKeyResponse of(ApiKey k, String key, Instant now) {
        boolean active = k.revokedAt == null && (k.expiresAt == null || k.expiresAt.isAfter(now));
        return new ApiKeyResponse(k.id, k.client, k.role, k.keyPrefix, key, k.createdBy, k.createdAt, k.expiresAt,
                k.revokedAt, k.revokedBy, k.lastUsedAt, active);
    }
}
