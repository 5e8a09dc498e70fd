package uk.org.councilkpi.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether to load the demo data set (the two councils' real reports) into an empty database at start. */
@ConfigMapping(prefix = "councilkpi.demo")
public interface DemoConfig {

    /** On in dev and test; off by default, so a real deployment never gets the demo figures. */
    @WithDefault("false")
    boolean enabled();

    /**
     * Whether the demo signs off Cheshire East's Q2 2017-18, as its committee received it: on in dev mode, so that
     * {@code asSignedOff=first} answers at once; off in tests, which write their own figures into that quarter.
     */
    @WithDefault("false")
    boolean signOff();
}
