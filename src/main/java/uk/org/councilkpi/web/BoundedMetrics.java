package uk.org.councilkpi.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Keeps the metrics registry bounded whatever clients send: an HTTP method outside the standard ones (a client may
 * send any token as a method) is counted as {@code OTHER}, one tag value for all. Unmatched routes are already one
 * value ({@code NOT_FOUND}), and the number of route tags is capped by
 * {@code quarkus.micrometer.binder.http-server.max-uri-tags}.
 */
public class BoundedMetrics {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
            "CONNECT");

    @Produces
    @Singleton
    public MeterFilter standardMethodsOnly() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String method = id.getTag("method");
                if (method == null || METHODS.contains(method)) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(t -> t.getKey().equals("method") ? Tag.of("method", "OTHER") : t).toList();
                return id.replaceTags(tags);
            }
        };
    }
}
