package uk.org.councilkpi.plan;

/** Where a node sits in a plan: a priority, or an objective (under a priority, or at the top of a plan). */
public enum ObjectiveLevel {
    PRIORITY,
    OBJECTIVE
}
