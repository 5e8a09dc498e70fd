package uk.org.councilkpi.milestone;

import java.time.Instant;

/** A read of a quarter's milestones and their progress: the read cache's key. */
record PeriodMilestonesQuery(String period, MilestoneFilter filter, Instant asAt, boolean drafts) {
}
