package uk.org.councilkpi.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Stored API keys (their hashes), for issuing, listing and revoking; the per-request check is {@link ApiKeyLookup}. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {

    /** Whether a key with this hash is stored. */
    public boolean existsWithHash(String hash) {
        return count("keyHash", hash) > 0;
    }

    /** Every key, oldest first. */
    public List<ApiKey> allByAge() {
        return listAll(Sort.by("id"));
    }

    /** The unrevoked keys with this role, locked until the transaction ends. */
    public List<ApiKey> unrevokedLocked(Role role) {
        return find("role = ?1 and revokedAt is null", role.wireName()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
