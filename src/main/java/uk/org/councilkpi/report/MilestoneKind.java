package uk.org.councilkpi.report;

/** What a milestone row is: a plan's milestone, a control measure of a risk, or an action (Halton's equality actions). */
public enum MilestoneKind {
    MILESTONE,
    RISK_CONTROL_MEASURE,
    ACTION
}
