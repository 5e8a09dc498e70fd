package uk.org.councilkpi.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.org.councilkpi.common.KeyedEntity;

/** An API key as stored: never the key itself, only its hash. */
@Entity
@Table(name = "api_key")
public class ApiKey extends KeyedEntity {

    public String client;
    public String role;
    public String keyHash;
    public String keyPrefix;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(insertable = false, updatable = false)
    public String createdBy;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;
    @Column(insertable = false, updatable = false)
    public String revokedBy;
    public Instant lastUsedAt;
}
