package uk.org.councilkpi.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The browser origins allowed to call the API ({@code councilkpi.cors.origins}: exact origins, or regular
 * expressions between slashes), as Quarkus' CORS filter reads them, plus the service's own origin. The edge refuses
 * the others with a problem ({@link EdgeFilter}) before Quarkus' filter would answer a bare 403.
 */
@ApplicationScoped
public class Origins {

    private final List<String> exact;
    private final List<Pattern> patterns;

    public Origins(CorsConfig config) {
        List<String> entries = config.origins().orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.exact = entries.stream().filter(e -> !isPattern(e)).toList();
        this.patterns = entries.stream().filter(Origins::isPattern)
                .map(e -> Pattern.compile(e.substring(1, e.length() - 1))).toList();
    }

    private static boolean isPattern(String entry) {
        return entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/");
    }

    boolean allowed(String origin, HttpServerRequest request) {
        if (exact.contains(origin) || patterns.stream().anyMatch(p -> p.matcher(origin).matches())) {
            return true;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
    }
}
