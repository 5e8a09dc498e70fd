package uk.org.councilkpi.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.problem.ApiException;

/**
 * Issuing, listing and revoking API keys, and the first administrator's key.
 * <p>
 * There is no default key: the first one comes from {@code COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY} (at least 32
 * characters, e.g. {@code openssl rand -base64 36}), stored hashed as the client "bootstrap administrator" at start
 * if it is not stored yet. Use it to create named keys, then revoke it and remove the variable.
 */
@ApplicationScoped
public class ApiKeyService {

    static final String BOOTSTRAP_CLIENT = "bootstrap administrator";
    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    private final Optional<String> bootstrapKey;
    private final ApiKeyRepository keys;
    private final Audit audit;
    private final Clock clock;

    public ApiKeyService(SecurityConfig config, ApiKeyRepository keys, Audit audit, Clock clock) {
        this.bootstrapKey = config.bootstrapAdminKey();
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void bootstrap(@Observes StartupEvent event) {
        if (bootstrapKey.isEmpty() || bootstrapKey.get().isBlank()) {
            return;
        }
        String key = bootstrapKey.get().trim();
        if (key.length() < ApiKeys.MIN_LENGTH) {
            throw new IllegalStateException("councilkpi.security.bootstrap-admin-key must be at least "
                    + ApiKeys.MIN_LENGTH + " characters");
        }
        String hash = ApiKeys.hash(key);
        if (!keys.existsWithHash(hash)) {
            store(BOOTSTRAP_CLIENT, Role.ADMIN, null, key, audit.actor("configuration"));
            LOG.info("Stored the bootstrap administrator key from configuration; create named keys, then revoke it");
        }
    }

    @Transactional
    public ApiKeyResponse create(ApiKeyRequest request) {
        Instant now = clock.instant();
        Instant expires = request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (expires != null && !expires.isAfter(now)) {
            throw ApiException.invalid("expiresAt", "must be in the future");
        }
        String key = ApiKeys.generate();
        ApiKey stored = store(request.client().trim(), Role.fromWire(request.role()).orElseThrow(), expires, key,
                audit.actor(null));
        return ApiKeyResponse.of(stored, key, now);
    }

    @Transactional
    public List<ApiKeyResponse> list() {
        Instant now = clock.instant();
        return keys.allByAge().stream()
                .map(k -> ApiKeyResponse.of(k, null, now)).toList();
    }

    @Transactional
    public ApiKeyResponse get(long id) {
        return ApiKeyResponse.of(require(id), null, clock.instant());
    }

    /**
     * Revokes a key at once; revoking a revoked key changes nothing. The row stays, for the record. The last active
     * administrator key is not revoked (409): nothing could administer the service after it, not even issue a key.
     */
    @Transactional
    public ApiKeyResponse revoke(long id) {
        ApiKey key = require(id);
        Instant now = clock.instant();
        if (key.revokedAt == null && Role.ADMIN.wireName().equals(key.role) && isActive(key, now)) {
            // Locked, so that two administrators revoking each other's keys at once cannot both succeed.
            List<ApiKey> admins = keys.unrevokedLocked(Role.ADMIN);
            if (admins.stream().noneMatch(k -> !k.id.equals(key.id) && isActive(k, now))) {
                throw ApiException.conflict("API key " + id + " is the last active administrator key: revoking it"
                        + " would leave nobody able to administer the service. Issue another administrator key first.");
            }
        }
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            key.revokedBy = audit.actor(null);
        }
        return ApiKeyResponse.of(key, null, clock.instant());
    }

    private static boolean isActive(ApiKey k, Instant now) {
        return k.revokedAt == null && (k.expiresAt == null || k.expiresAt.isAfter(now));
    }

    private ApiKey require(long id) {
        return keys.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No API key with id " + id));
    }

    private ApiKey store(String client, Role role, Instant expires, String key, String by) {
        ApiKey k = new ApiKey();
        k.client = client;
        k.role = role.wireName();
        k.keyHash = ApiKeys.hash(key);
        k.keyPrefix = ApiKeys.displayPrefix(key);
        k.createdBy = by;
        k.createdAt = clock.instant();
        k.expiresAt = expires;
        keys.persist(k);
        return k;
    }
}
