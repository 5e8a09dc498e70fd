package uk.org.councilkpi.web;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The browser origins allowed to call the API ({@code councilkpi.cors.origins}), which application.properties also
 * passes on to Quarkus' CORS filter ({@code quarkus.http.cors.origins}).
 */
@ConfigMapping(prefix = "councilkpi.cors")
public interface CorsConfig {

    /** Exact origins, or regular expressions between slashes; empty: no cross-origin access. */
    Optional<List<String>> origins();
}
