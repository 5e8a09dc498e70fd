package uk.org.councilkpi.db;

import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;

/**
 * Fallback datasource URL: an embedded PostgreSQL, started on first use, when nothing else configures one.
 * <p>
 * Its ordinal (150) is below every standard source (application.properties 250, config/application.properties 260,
 * .env 295, environment 300, system properties 400), so it is asked for {@code quarkus.datasource.jdbc.url} only when
 * none of them defines it; with {@code QUARKUS_DATASOURCE_JDBC_URL} set, no embedded server is started.
 * It supplies only the URL: the user travels in it ({@code ?user=postgres}, trust authentication), so no
 * username/password fallback leaks onto an externally configured database.
 * <p>
 * Settings (system property or environment variable, read directly because this runs while config is built):
 * <ul>
 * <li>{@code councilkpi.embedded-postgres.data-dir} / {@code COUNCILKPI_EMBEDDED_POSTGRES_DATA_DIR}: default
 * {@code data/postgres} relative to the working directory;</li>
 * <li>{@code councilkpi.embedded-postgres.port} / {@code COUNCILKPI_EMBEDDED_POSTGRES_PORT}: default 54329, 0 for a
 * random port;</li>
 * <li>{@code councilkpi.embedded-postgres.enabled} / {@code COUNCILKPI_EMBEDDED_POSTGRES_ENABLED}: {@code false} makes
 * a missing URL an error instead (set in the container image).</li>
 * </ul>
 * It answers nothing at build time ({@code mvn package} reads config sources too) nor in tests, which get their
 * database from {@code PostgresTestResource}.
 */
public class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String ENABLED_KEY = "councilkpi.embedded-postgres.enabled";

    @Override
    public String getName() {
        return "EmbeddedPostgresConfigSource";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public Set<String> getPropertyNames() {
        return active() ? Set.of(URL_KEY) : Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        return URL_KEY.equals(propertyName) && active() ? EmbeddedPostgresServer.jdbcUrl() : null;
    }

    private static boolean active() {
        return ExecutionMode.current() != ExecutionMode.UNSET // UNSET: build time (augmentation)
                && LaunchMode.current() != LaunchMode.TEST
                && Boolean.parseBoolean(EmbeddedPostgresServer.setting(ENABLED_KEY, "true"));
    }
}
