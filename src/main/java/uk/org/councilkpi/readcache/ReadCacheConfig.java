package uk.org.councilkpi.readcache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The read cache ({@code councilkpi.read-cache.*}): read by the cache and by the listener that keeps it honest. */
@ConfigMapping(prefix = "councilkpi.read-cache")
public interface ReadCacheConfig {

    /** Off: every read is computed, and nobody listens for data changes. */
    @WithDefault("true")
    boolean enabled();

    /** The memory budget of the kept answers (keys and bytes), least recently used out first. */
    @WithDefault("64M")
    MemorySize maxBytes();
}
