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
    @Column(name = "key_hash")
    public String keyHash;
    @Column(name = "key_prefix")
    public String keyPrefix;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(name = "created_by", insertable = false, updatable = false)
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by", insertable = false, updatable = false)
    public String revokedBy;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
