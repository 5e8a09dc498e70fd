package uk.org.councilkpi.common;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells the database who is behind every connection the service takes from the pool: the authenticated caller of the
 * request that takes it, or nobody outside a request (then the database refuses an unattributed write). The history
 * and author triggers (V7) read it; {@link Audit#actor(String)} narrows it within a transaction.
 */
@ApplicationScoped
public class AuditConnections implements AgroalPoolInterceptor {

    private final Audit audit;

    public AuditConnections(Audit audit) {
        this.audit = audit;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('councilkpi.actor', ?, false), set_config('councilkpi.reason', ?, false)")) {
            set.setString(1, audit.authenticatedCallerOrEmpty());
            String reason = audit.requestReasonOrEmpty();
            set.setString(2, reason.length() > Audit.MAX_REASON ? reason.substring(0, Audit.MAX_REASON) : reason);
            set.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell the database who is writing", e);
        }
    }
}
