package uk.org.councilkpi.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the bulk import. */
@ConfigMapping(prefix = "councilkpi.import")
public interface ImportConfig {

    /**
     * The largest body an import accepts (64M: about two million rows); a larger one is refused with 413 while it is
     * read. {@code quarkus.http.limits.max-body-size} must be above it, so that this limit, with its problem body,
     * is the one that applies.
     */
    @WithDefault("64M")
    MemorySize maxBytes();

    /** How many row errors a rejected import lists; all are counted. */
    @WithDefault("1000")
    int maxListedErrors();
}
