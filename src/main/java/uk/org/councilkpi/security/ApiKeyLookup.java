package uk.org.councilkpi.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The per-request check of a key: one indexed read, outside any ORM session, so that it is cheap and can run before
 * the resource's transaction. Revocation and expiry are checked on every request (nothing cached), so a revoked key
 * is refused at once, by every instance. The last use is recorded at most once a minute per key.
 */
@ApplicationScoped
public class ApiKeyLookup {

    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final String FIND = "select id, client, role, last_used_at from api_key"
            + " where key_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())";
    private static final String TOUCH = "update api_key set last_used_at = now() where id = ?"
            + " and (last_used_at is null or last_used_at < now() - interval '1 minute')";

    private final AgroalDataSource db;

    public ApiKeyLookup(AgroalDataSource db) {
        this.db = db;
    }

    /** The caller a key belongs to, if it is known, not revoked and not expired; records its use. */
    public Optional<Caller> find(String key) throws SQLException {
        String hash = ApiKeys.hash(key);
        try (Connection c = db.getConnection()) {
            Caller caller;
            try (PreparedStatement find = c.prepareStatement(FIND)) {
                find.setString(1, hash);
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp lastUsed = rs.getTimestamp(4);
                    caller = new Caller(rs.getLong(1), rs.getString(2), Role.fromWire(rs.getString(3)).orElseThrow(),
                            lastUsed == null ? null : lastUsed.toInstant());
                }
            }
            if (caller.lastUsedAt() == null
                    || caller.lastUsedAt().isBefore(Instant.now().minus(LAST_USE_RESOLUTION))) {
                try (PreparedStatement touch = c.prepareStatement(TOUCH)) {
                    touch.setLong(1, caller.keyId());
                    touch.executeUpdate();
                }
            }
            return Optional.of(caller);
        }
    }
}
