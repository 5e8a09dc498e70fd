package uk.org.councilkpi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.councilkpi.comparator.ComparatorRequest;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.indicator.Frequency;
import uk.org.councilkpi.indicator.IndicatorRequest;
import uk.org.councilkpi.indicator.Measurement;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.TargetText;
import uk.org.councilkpi.status.ToleranceKind;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.importing.check.ImportRow;

/**
 * Cheshire East's Children's Services Scorecard, Quarter 2 2017-18: all 73 measures with polarity, targets,
 * averages, the 2016-17 outturn, Q4 2016-17, Q1 and Q2 2017-18 and the commentary, figures as printed.
 */
final class CheshireEastDemo {

    static final String DIRECTORATE = "Cheshire East Children and Families";
    /** The amber band that reproduces the council's published counts best (see the README). */
    static final ToleranceDto TOLERANCE = new ToleranceDto(ToleranceKind.PERCENT, new BigDecimal("15"));
    private static final String YEAR = "2017-18";
    private static final Map<String, String> PERIODS = Map.of(
            "2016-17 year end", "2016-17", "2016-17 Q4", "2016-17-Q4", "2017-18 Q1", "2017-18-Q1", "2017-18 Q2", "2017-18-Q2");
    private static final String ANNUAL_ONLY = "This data will be presented annually. See comments for quarterly updates";

    private CheshireEastDemo() {
    }

    static void load(DemoServices s) {
        for (Map<String, String> row : DemoServices.readCsv("/demo/cheshire_east_scorecard_2017-18_q2.csv")) {
            String ref = row.get("ref");
            String title = row.get("title");
            List<String> figures = List.of(row.get("2016-17 year end"), row.get("2016-17 Q4"), row.get("2017-18 Q1"),
                    row.get("2017-18 Q2"), row.get("target"));
            s.indicators().create(new IndicatorRequest(ref, title, null, unitOf(title, figures), polarityOf(row.get("polarity")),
                    frequencyOf(title), measurementOf(title), DemoServices.decimalsOf(figures.subList(0, 4)), DIRECTORATE,
                    row.get("section"), DemoServices.blankToNull(row.get("cyp_plan_priority")),
                    DemoServices.blankToNull(row.get("corporate_priority")), null, false, TOLERANCE, null,
                    DirectionBasis.PREVIOUS_PERIOD));
            target(s, ref, row.get("target"));
            String comments = DemoServices.blankToNull(row.get("comments"));
            PERIODS.forEach((column, period) -> value(s, ref, period, row.get(column), comments));
            comparators(s, ref, row.get("stat_neighbour_average"), row.get("national_average"));
        }
    }

    private static void target(DemoServices s, String ref, String text) {
        if (ref.equals("10.4")) {
            // The source prints "0 by end of March 2018" in the year-end column and garbles the target cell:
            // it is a year-end target, so it is profiled on Q4 only, and Q1-Q3 have none.
            s.batch().target(ref, YEAR + "-Q4", new TargetSpec(TargetForm.EXACT, BigDecimal.ZERO, null, null),
                    "0 by end of March 2018");
            return;
        }
        if (text == null || text.isBlank()) {
            return;
        }
        TargetSpec spec = TargetText.parse(text)
                .orElseThrow(() -> new IllegalStateException("Cannot read the target '" + text + "' of " + ref));
        s.batch().target(ref, YEAR, spec, text.strip());
    }

    private static void value(DemoServices s, String ref, String period, String cell, String comments) {
        String commentary = period.equals("2017-18-Q2") ? comments : null;
        if (ref.equals("10.4") && period.equals("2016-17")) {
            return; // this cell holds the target (see target())
        }
        if ((ref.equals("2.3") || ref.equals("2.4")) && !period.equals("2016-17")) {
            // One note runs across these cells in the source: "This data will be presented annually".
            s.batch().figure(ref, period, new ImportRow.Figure(ValueState.NOT_YET_AVAILABLE, null, false, false,
                    ANNUAL_ONLY, commentary));
            return;
        }
        if ((cell == null || cell.isBlank()) && commentary != null) {
            // No Q2 figure, and the comment says why (half-termly education data not yet out).
            s.batch().figure(ref, period, new ImportRow.Figure(ValueState.NOT_YET_AVAILABLE, null, false, false, null,
                    commentary));
            return;
        }
        s.value(ref, period, cell, commentary);
    }

    private static void comparators(DemoServices s, String ref, String neighbours, String national) {
        Optional<PrintedCell> sn = PrintedCell.read(neighbours);
        Optional<PrintedCell> nat = PrintedCell.read(national);
        if (sn.isEmpty() && nat.isEmpty()) {
            return;
        }
        s.comparators().put(ref, YEAR + "-Q2", new ComparatorRequest(
                sn.map(PrintedCell::number).orElse(null), noteOf(sn, neighbours),
                nat.map(PrintedCell::number).orElse(null), noteOf(nat, national)));
    }

    private static String noteOf(Optional<PrintedCell> cell, String printed) {
        return cell.filter(c -> c.number() == null).map(c -> printed.strip()).orElse(null);
    }

    static Unit unitOf(String title, List<String> figures) {
        if (title.startsWith("%") || title.startsWith("Percentage") || figures.stream().anyMatch(f -> f != null && f.contains("%"))) {
            return Unit.PERCENT;
        }
        if (title.contains("per 10,000")) {
            return Unit.RATE_PER_10000;
        }
        return title.startsWith("Average number of days") ? Unit.DAYS : Unit.COUNT;
    }

    static Polarity polarityOf(String printed) {
        return switch (printed == null ? "" : printed.strip()) {
            case "High is good" -> Polarity.HIGHER_IS_BETTER;
            case "Low is good" -> Polarity.LOWER_IS_BETTER;
            default -> Polarity.NONE;
        };
    }

    private static Frequency frequencyOf(String title) {
        String t = title.toLowerCase();
        if (t.contains("1/2 termly")) {
            return Frequency.HALF_TERMLY;
        }
        return t.contains("termly") ? Frequency.TERMLY : Frequency.QUARTERLY;
    }

    private static Measurement measurementOf(String title) {
        String t = title.toLowerCase();
        return t.contains("ytd") || t.contains("year to date") || t.contains("accumulative")
                ? Measurement.CUMULATIVE_YEAR_TO_DATE : Measurement.SNAPSHOT;
    }
}
