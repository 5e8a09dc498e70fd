package uk.org.councilkpi.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL (zonky) used when no database URL is configured: started at most once per JVM,
 * with its data kept in a persistent directory, and stopped by zonky's shutdown hook when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "councilkpi";

    /*
     * A fixed default port rather than a random one: the URL stays the same across restarts, so a psql or IDE
     * connection to the dev database keeps working, and two instances cannot share one data directory anyway.
     * Set the port to 0 for a random free port.
     */
    private static final int DEFAULT_PORT = 54329;

    /** JVM-wide marker: dev-mode live reload loads this class again in a new class loader; a static is not enough. */
    private static final String STARTED_URL_PROPERTY = "councilkpi.embedded-postgres.started-url";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    /** Starts the server and the application database unless this JVM already did, and returns its JDBC URL. */
    static String jdbcUrl() {
        // One object for the whole JVM, whichever class loader runs this code.
        synchronized (System.getProperties()) {
            String url = System.getProperty(STARTED_URL_PROPERTY);
            if (url == null) {
                url = start();
                System.setProperty(STARTED_URL_PROPERTY, url);
            }
            return url;
        }
    }

    /** Reads a setting from system properties, then the environment (COUNCILKPI_EMBEDDED_POSTGRES_...). */
    static String setting(String key, String defaultValue) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static String start() {
        Path dataDir = Path.of(setting("councilkpi.embedded-postgres.data-dir", "data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(setting("councilkpi.embedded-postgres.port", String.valueOf(DEFAULT_PORT)));
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            stopStalePostmaster(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false) // initdb runs only when the directory is empty
                    .setPort(port)
                    .setServerConfig("fsync", "on") // zonky passes -F (fsync off): fine for tests, not for kept data
                    .setPGStartupWait(Duration.ofSeconds(30)) // room for crash recovery
                    .start();
            createDatabaseIfMissing(postgres);
            String url = postgres.getJdbcUrl("postgres", DATABASE); // the user is part of the URL (?user=postgres)
            LOG.infof("Using embedded PostgreSQL: %s, data directory %s (ready in %d ms). "
                    + "Set QUARKUS_DATASOURCE_JDBC_URL to use another database.",
                    url, dataDir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return url;
        } catch (IOException | SQLException e) {
            String reason = e.getMessage(); // shown alone when config validation fails
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + reason, e);
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster survives and the next start fails with
     * "lock file postmaster.pid already exists": stop it first, unless a live JVM still owns it.
     */
    private static void stopStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"))
                .orElse(null);
        if (postmaster == null) {
            return; // gone (PostgreSQL removes a stale file itself), or the PID now belongs to another program
        }
        // zonky holds a lock on epg-lock while its JVM runs: if it is held, the server is not stale.
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("it is in use by another running process (pid " + pid + ")");
            }
        }
        LOG.warnf("Stopping stale embedded PostgreSQL (pid %d) left running in %s", pid, dataDir);
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown (its clients died with the old JVM)
        if (!exited(postmaster, 30) && !(postmaster.destroyForcibly() && exited(postmaster, 10))) {
            throw new IOException("could not stop the stale PostgreSQL (pid " + pid + ")");
        }
    }

    private static boolean exited(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
            LOG.infof("Created database %s in the embedded PostgreSQL", DATABASE);
        }
    }
}
