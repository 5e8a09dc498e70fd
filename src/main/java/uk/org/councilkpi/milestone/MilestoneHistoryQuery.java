package uk.org.councilkpi.milestone;

import java.time.Instant;

/** A read of one milestone's progress, quarter by quarter: what the service builds from and the read cache's key. */
record MilestoneHistoryQuery(String ref, Instant asAt, boolean drafts) {
}
