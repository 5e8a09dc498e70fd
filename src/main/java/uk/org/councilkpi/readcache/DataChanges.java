package uk.org.councilkpi.readcache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The generation of the data that reads show: a number that changes whenever a change to indicators, targets,
 * figures, overrides, comparators or sign-offs is committed, by this instance, another one or psql.
 * <p>
 * The database announces every committed change on {@code councilkpi_data_changed} (migration V4, a
 * statement-level trigger); a dedicated connection here listens and moves the generation on. While that connection
 * is down, notifications can be missed, so {@link #live()} is empty and nothing is served from the cache until it is
 * back (and the generation has moved on). Writes through this instance also move it on at once, when their
 * response is written (after the commit), so a client reads its own writes without waiting for the notification.
 * <p>
 * A notification reaches this instance a few milliseconds after the commit that sent it, so an answer kept here could
 * be served stale in between, to a client that has just written through another instance (two-instances.sh measured
 * 90 such reads in 400). {@link #live()} therefore first catches up: a round trip on the listening connection
 * ({@code SELECT 1}), after which PostgreSQL has delivered every notification of a transaction committed before it.
 * Concurrent readers share one round trip; it touches no table, and costs a fraction of a millisecond.
 */
@ApplicationScoped
public class DataChanges {

    static final String CHANNEL = "councilkpi_data_changed";
    private static final Logger LOG = Logger.getLogger(DataChanges.class);

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile Thread listener;
    /** The listening connection, shared by the listener and the readers catching up, under {@link #sync}. */
    private volatile Connection connection;
    private final Object sync = new Object();
    /** How often the listener checks its connection when no reader has (a reader checks it on every kept read). */
    private static final long LIVENESS_MILLIS = 2_000;
    private final AtomicLong requested = new AtomicLong();
    private long caughtUp;

    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final boolean enabled;

    public DataChanges(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                       ReadCacheConfig config) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.enabled = config.enabled();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::listen, "councilkpi-data-changes");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * The current generation, having heard of every change committed before this call; empty when changes could go
     * unnoticed (no listening connection).
     */
    public OptionalLong live() {
        if (!listening || !catchUp()) {
            return OptionalLong.empty();
        }
        return listening ? OptionalLong.of(generation.get()) : OptionalLong.empty();
    }

    /** One round trip on the listening connection that started after this call, shared by concurrent callers. */
    private boolean catchUp() {
        long ticket = requested.incrementAndGet();
        synchronized (sync) {
            if (caughtUp >= ticket) {
                return true;
            }
            long upTo = requested.get();
            Connection c = connection;
            if (c == null) {
                return false;
            }
            try (Statement statement = c.createStatement()) {
                statement.execute("SELECT 1");
                heard(c.unwrap(PGConnection.class).getNotifications());
            } catch (SQLException e) {
                LOG.debugf("catching up with data changes failed (%s); reconnecting", e.getMessage());
                listening = false;
                changed();
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing a broken connection: nothing more to do
                }
                sync.notifyAll(); // the listener reconnects at once
                return false;
            }
            caughtUp = upTo;
            return true;
        }
    }

    private void heard(PGNotification[] notifications) {
        if (notifications != null && notifications.length > 0) {
            changed();
        }
    }

    /** Something changed (or may have): answers kept for earlier generations are no longer used. */
    public void changed() {
        generation.incrementAndGet();
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                this.connection = connection;
                changed(); // whatever happened while nobody listened
                listening = true;
                LOG.debugf("listening on %s", CHANNEL);
                // Readers catch up on their own before every kept answer (catchUp), so nothing needs draining between
                // reads. This thread only keeps the connection honest: it waits until a reader finds it broken (and
                // says so) or the liveness interval passes, then makes one round trip; a failure reconnects.
                synchronized (sync) {
                    while (!stopping && !connection.isClosed()) {
                        sync.wait(LIVENESS_MILLIS);
                        if (stopping || connection.isClosed()) {
                            break;
                        }
                        try (Statement liveness = connection.createStatement()) {
                            liveness.execute("SELECT 1");
                        }
                        heard(pg.getNotifications());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } catch (SQLException e) {
                if (!stopping) {
                    LOG.debugf("not listening for data changes (%s); the read cache is off until the database answers",
                            e.getMessage());
                }
            } finally {
                listening = false;
                this.connection = null;
                changed();
            }
            pause();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("tcpKeepAlive", "true");
        // Readers wait on this connection's round trips (catchUp): a database that stops answering must fail them
        // within seconds (the cache is then off), not hold every kept read.
        properties.setProperty("socketTimeout", "3");
        properties.setProperty("ApplicationName", "councilkpi-data-changes");
        return DriverManager.getConnection(url, properties);
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
