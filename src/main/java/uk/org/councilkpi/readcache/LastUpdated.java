package uk.org.councilkpi.readcache;

import java.time.Instant;

/** A view that knows when what it shows last changed: its answer carries it as Last-Modified. */
public interface LastUpdated {

    Instant lastUpdated();
}
