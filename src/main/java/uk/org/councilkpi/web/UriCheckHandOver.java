package uk.org.councilkpi.web;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of a request's URI from Quarkus to {@link EdgeFilter}, so that a malformed URI ({@code ?x=%zz}) is
 * answered with a problem naming the parameter, not with Quarkus' bare 400.
 * <p>
 * Before routing, Quarkus parses each request URI with {@code java.net.URI} and answers a bare 400 if that fails,
 * unless the JVM system property {@code vertx.disableURIValidation} is {@code true} when its HTTP layer starts. There
 * is no configuration property for it, and the service must behave the same however it is started
 * ({@code java -jar}, dev mode, tests, the container), so the property is set here: configuration sources are loaded
 * before the HTTP layer, in every launch mode. This source itself supplies no configuration. The edge filter then
 * refuses every URI whose percent-encoding is malformed, in its path or its query, and every control character.
 */
public class UriCheckHandOver implements ConfigSource {

    static final String PROPERTY = "vertx.disableURIValidation";

    public UriCheckHandOver() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "UriCheckHandOver";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
