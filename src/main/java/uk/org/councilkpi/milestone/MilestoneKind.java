package uk.org.councilkpi.milestone;

/** What a milestone is: a plan's milestone, a risk control measure, or a high-priority action (Halton 2009/10). */
public enum MilestoneKind {
    MILESTONE,
    RISK_CONTROL_MEASURE,
    ACTION
}
