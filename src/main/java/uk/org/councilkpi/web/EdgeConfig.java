package uk.org.councilkpi.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The edge's own limits ({@code councilkpi.http.*}): what {@link EdgeFilter} refuses before anything else runs. */
@ConfigMapping(prefix = "councilkpi.http")
public interface EdgeConfig {

    /** A longer URI is a 414 problem. */
    @WithDefault("8192")
    int maxUriLength();

    /** Larger headers (names and values, all together) are a 431 problem. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
