package uk.org.councilkpi.report;

import java.util.ArrayList;
import java.util.List;
import uk.org.councilkpi.milestone.PeriodMilestonesResponse;
import uk.org.councilkpi.status.ProgressRating;

/** The quarterly report's milestones written as the committee report prints them: per plan and objective. */
final class MilestoneLines {

    private MilestoneLines() {
    }

    static List<ReportView.MilestoneSection> sections(QuarterlyReportResponse report) {
        List<ReportView.MilestoneSection> sections = new ArrayList<>();
        for (QuarterlyReportResponse.PlanSection plan : report.plans()) {
            add(sections, plan.title(), plan.objectives());
        }
        if (!report.notInAPlan().milestones().isEmpty()) {
            sections.add(new ReportView.MilestoneSection("Not in a plan", lines(report.notInAPlan().milestones())));
        }
        return sections;
    }

    private static void add(List<ReportView.MilestoneSection> sections, String plan,
                            List<QuarterlyReportResponse.ObjectiveSection> objectives) {
        for (QuarterlyReportResponse.ObjectiveSection o : objectives) {
            if (!o.milestones().isEmpty()) {
                sections.add(new ReportView.MilestoneSection(plan + ": " + o.ref() + " " + o.title(), lines(o.milestones())));
            }
            add(sections, plan, o.objectives());
        }
    }

    private static List<ReportView.MilestoneLine> lines(List<QuarterlyReportResponse.MilestoneRow> rows) {
        return rows.stream().map(m -> new ReportView.MilestoneLine(m.ref(), m.title(),
                m.responsibleOfficer() == null ? "" : m.responsibleOfficer(),
                m.dueDate() != null ? m.dueDate().toString() : m.duePeriod() == null ? "" : m.duePeriod(),
                m.progress().rating() == null ? "No return" : word(m.progress().rating()),
                m.progress().rating() == null ? "rag-not-rated" : cssClass(m.progress().rating()),
                m.progress().meaning() == null ? "" : m.progress().meaning(),
                m.progress().overdue() ? "Overdue" : "",
                m.progress().direction().direction().name().replace('_', ' ').toLowerCase(),
                m.progress().commentary())).toList();
    }

    static String word(ProgressRating rating) {
        String words = rating.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String cssClass(ProgressRating rating) {
        return switch (rating) {
            case ON_COURSE, COMPLETE -> "rag-green";
            case UNCERTAIN -> "rag-amber";
            case OFF_COURSE -> "rag-red";
            case NOT_DUE, NOT_PROVIDED, NOT_KNOWN -> "rag-not-rated";
        };
    }

    static String counts(PeriodMilestonesResponse.Summary c) {
        return "Milestones: total " + c.total() + ": " + c.onCourse() + " on course, " + c.uncertain() + " uncertain, "
                + c.offCourse() + " off course, " + c.complete() + " complete, " + c.notDue() + " not due, "
                + c.notProvided() + " not provided, " + c.notKnown() + " not known, " + c.noRating() + " with no return; "
                + c.overdue() + " overdue.";
    }
}
