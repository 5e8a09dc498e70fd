package uk.org.councilkpi.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.councilkpi.indicator.Frequency;
import uk.org.councilkpi.indicator.IndicatorRequest;
import uk.org.councilkpi.indicator.Measurement;
import uk.org.councilkpi.override.OverrideRequest;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.TargetText;
import uk.org.councilkpi.status.Unit;

/**
 * Halton's plans, priorities and objectives, milestones, risk control measures and actions, with each quarter's
 * printed progress (read by {@link PrintedProgress}), from three reports ({@code demo/halton_milestones.csv}), and the
 * 2009/10 Q3 key and other indicators ({@code demo/halton_indicators_2009-10_q3.csv}).
 * <ul>
 *   <li>2009/10 Q3, Specialist Services: plan {@code SS 2009-12} (the 2009-12 Service Plan), its Key Service
 *       Objectives {@code SS 1}..{@code SS 4}; the report gives a milestone only its objective's ref, so each is
 *       numbered within it in the printed order ({@code SS 1.1}..); the risk control measure is {@code SS 2.RCM1};
 *       the three high-priority equality actions belong to no objective ({@code SS EQ1}..{@code SS EQ3}, due March
 *       2010). Due dates are read from "by September 2009" in a milestone's text.</li>
 *   <li>2015/16 Q1 and Q2, Children and Enterprise: plan {@code CED 2015-16}, its three priorities (the report
 *       prints no ref for them: {@code CED P1}..{@code CED P3} in printed order), milestones {@code CED02a}.. under
 *       them (their codes CED01..CED09 cut across the priorities, so they are no objective of one); the measures
 *       already loaded are attached to the priority they are printed under.</li>
 *   <li>2024/25 Q1: the Children and Young People Plan 2024-27, priorities {@code CYP P1}..{@code CYP P12}
 *       ({@code CYP P07} as printed once is {@code CYP P7}), milestones {@code P1.1}.. with their source officer.</li>
 * </ul>
 */
final class HaltonPlansDemo {

    static final String DIRECTORATE_2009 = "Halton Children and Young People";
    static final String SERVICE_2009 = "Specialist Services";
    static final String DIRECTORATE_2024 = "Halton Children's Services";
    static final String DIRECTORATE_2024_URL = "Halton%20Children%27s%20Services";

    private HaltonPlansDemo() {
    }

    /** The 2009/10 Q3 indicators, their figures and targets (into the import batch) and the printed ratings. */
    static void indicators(DemoServices s) {
        for (Map<String, String> row : DemoServices.readCsv("/demo/halton_indicators_2009-10_q3.csv")) {
            String ref = row.get("ref");
            s.indicators().create(new IndicatorRequest(ref, row.get("title"), null, Unit.valueOf(row.get("unit")),
                    Polarity.valueOf(row.get("polarity")), Frequency.QUARTERLY, Measurement.SNAPSHOT,
                    DemoServices.decimalsOf(List.of(row.get("actual_2008_09"), row.get("target_2009_10"),
                            row.get("quarter_3"))), DIRECTORATE_2009, SERVICE_2009, null, null, null,
                    Boolean.valueOf(row.get("key")), HaltonDemo.TOLERANCE, null, DirectionBasis.LAST_YEAR_OUTTURN));
            s.value(ref, "2008-09", row.get("actual_2008_09"), null);
            String target = DemoServices.blankToNull(row.get("target_2009_10"));
            if (target != null) {
                s.batch().target(ref, "2009-10", TargetText.parse(target).orElseThrow(), target);
            }
            s.value(ref, "2009-10-Q3", row.get("quarter_3"), DemoServices.blankToNull(row.get("commentary")));
            String printed = DemoServices.blankToNull(row.get("printed_rating"));
            if (printed != null) {
                // The key indicators' charts were lost in the conversion, but not their printed ratings: the officer's
                // judgement, beside a computed rating that has no figure to work from.
                s.overrides().put(ref, "2009-10-Q3", new OverrideRequest(Rag.valueOf(printed),
                        "As printed in Halton's Q3 2009/10 report (" + printed.charAt(0) + printed.substring(1).toLowerCase()
                                + ", " + row.get("printed_direction").toLowerCase() + "); its chart was lost in the"
                                + " PDF conversion", "Halton performance team"));
            }
        }
    }

    /** Plans, objectives, milestones and progress, after the indicators exist (the priorities name them). */
    static void plans(PlanRows db) {
        List<Map<String, String>> rows = DemoServices.readCsv("/demo/halton_milestones.csv");
        plan2009(db, rows.stream().filter(r -> r.get("report_period").equals("2009/10 Q3")).toList());
        plan2015(db, rows.stream().filter(r -> r.get("report_period").startsWith("2015/16")).toList());
        plan2024(db, rows.stream().filter(r -> r.get("report_period").equals("2024/25 Q1")).toList());
    }

    private static void plan2009(PlanRows db, List<Map<String, String>> rows) {
        long plan = db.plan("SS 2009-12", "Specialist Services Service Plan 2009-12", DIRECTORATE_2009, "2009-10", "2011-12");
        Map<String, Long> objectives = new LinkedHashMap<>();
        Map<String, Integer> numbered = new HashMap<>();
        int position = 0;
        int actions = 0;
        for (Map<String, String> row : rows) {
            String objectiveRef = DemoServices.blankToNull(row.get("ref"));
            String kind = row.get("kind");
            String objectiveTitle = DemoServices.blankToNull(row.get("objective"));
            if (objectiveRef != null && objectiveTitle != null && !objectives.containsKey(objectiveRef)) {
                objectives.put(objectiveRef, db.objective(plan, null, objectiveRef, "OBJECTIVE", objectiveTitle,
                        objectives.size() + 1));
            }
            String ref;
            Long objective = objectiveRef == null ? null : objectives.get(objectiveRef);
            String officer = null;
            Optional<LocalDate> due = PrintedDueDate.inText(row.get("title"));
            String dbKind = "MILESTONE";
            if (kind.equals("milestone")) {
                ref = objectiveRef + "." + numbered.merge(objectiveRef, 1, Integer::sum);
            } else if (kind.equals("risk control measure")) {
                ref = objectiveRef + ".RCM" + numbered.merge(objectiveRef + " RCM", 1, Integer::sum);
                dbKind = "RISK_CONTROL_MEASURE";
            } else {
                ref = "SS EQ" + ++actions;
                dbKind = "ACTION";
                String target = row.get("responsible_or_target");
                due = PrintedDueDate.shortForm(target);
                officer = PrintedDueDate.afterShortForm(target);
            }
            long milestone = db.milestone(new PlanRows.Milestone(ref, row.get("title"), dbKind, objective,
                    DIRECTORATE_2009, SERVICE_2009, officer, due.orElse(null), ++position));
            progress(db, milestone, "2009-10-Q3", row);
        }
    }

    private static void plan2015(PlanRows db, List<Map<String, String>> rows) {
        long plan = db.plan("CED 2015-16", "Children and Enterprise Directorate: priority based report 2015/16",
                HaltonDemo.DIRECTORATE, "2015-16", "2015-16");
        Map<String, Long> priorities = new LinkedHashMap<>();
        Map<String, Long> milestones = new HashMap<>();
        for (Map<String, String> row : rows) {
            String priority = row.get("section").replaceFirst("^Priority: ", "");
            Long objective = priorities.get(priority);
            if (objective == null) {
                objective = db.objective(plan, null, "CED P" + (priorities.size() + 1), "PRIORITY", priority,
                        priorities.size() + 1);
                priorities.put(priority, objective);
                db.attachByPlanPriority(objective, HaltonDemo.DIRECTORATE, priority);
            }
            Long milestone = milestones.get(row.get("ref"));
            if (milestone == null) {
                milestone = db.milestone(new PlanRows.Milestone(row.get("ref"), row.get("title"), "MILESTONE", objective,
                        HaltonDemo.DIRECTORATE, null, null, PrintedDueDate.inText(row.get("title")).orElse(null),
                        milestones.size() + 1));
                milestones.put(row.get("ref"), milestone);
            }
            progress(db, milestone, row.get("report_period").replace("2015/16 ", "2015-16-"), row);
        }
    }

    private static void plan2024(PlanRows db, List<Map<String, String>> rows) {
        long plan = db.plan("CYP 2024-27", "Children and Young People Plan 2024-27", DIRECTORATE_2024, "2024-25", "2026-27");
        Map<String, Long> priorities = new LinkedHashMap<>();
        int position = 0;
        for (Map<String, String> row : rows) {
            String ref = row.get("objective_ref").replaceFirst("^CYP P0", "CYP P");
            Long objective = priorities.get(ref);
            if (objective == null) {
                objective = db.objective(plan, null, ref, "PRIORITY", row.get("objective"), priorities.size() + 1);
                priorities.put(ref, objective);
            }
            long milestone = db.milestone(new PlanRows.Milestone(row.get("ref"), row.get("title"), "MILESTONE",
                    objective, DIRECTORATE_2024, null, DemoServices.blankToNull(row.get("responsible_or_target")),
                    null, ++position));
            progress(db, milestone, "2024-25-Q1", row);
        }
    }

    /** Every milestone printed in a quarter's report has a return for it: its printed cell read as a rating. */
    private static void progress(PlanRows db, long milestone, String period, Map<String, String> row) {
        String commentary = DemoServices.blankToNull(row.get("commentary"));
        PrintedProgress.Reading reading = PrintedProgress.read(row.get("progress_as_printed"), commentary);
        db.progress(milestone, period, reading.rating(), commentary);
    }
}
