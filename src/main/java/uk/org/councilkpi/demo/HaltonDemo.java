package uk.org.councilkpi.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.indicator.Frequency;
import uk.org.councilkpi.indicator.IndicatorRequest;
import uk.org.councilkpi.indicator.Measurement;
import uk.org.councilkpi.override.OverrideRequest;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.TargetText;
import uk.org.councilkpi.status.ToleranceKind;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.importing.check.ImportRow;

/**
 * Halton's Children, Young People and Families measures for Q1 and Q2 2015/16: the 14/15 actual (as the
 * 2014-15 outturn), the 15/16 target and each quarter's figure. Halton prints no polarity: it is judged
 * here from each measure's meaning, and the direction of travel compares with last year's outturn, as
 * Halton's tables do.
 */
final class HaltonDemo {

    static final String DIRECTORATE = "Halton Children and Enterprise";
    static final ToleranceDto TOLERANCE = new ToleranceDto(ToleranceKind.PERCENT, new BigDecimal("25"));

    /** Measures where a lower figure is better; context measures are in {@link #CONTEXT}; the rest: higher. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("SCS CYP07", "CED010", "CED031", "CED032", "CED035",
            "CED040", "CED051", "CED052", "CED008", "CED009", "CED015", "CED016", "CED022", "CED023", "CED024",
            "CED025", "CED026", "CED027", "CED028", "CED028 a", "CED028 b", "CED029", "CED046", "SCS CYP11",
            "SCS CYP05", "SCS SH04", "SCS CYP15", "CED036", "CED047", "CED011");
    private static final Set<String> CONTEXT = Set.of("CED043", "CED044", "SCS CYP12");

    private static final Map<String, String> MEANING = Map.of(
            "GREEN", "the annual target is on course to be achieved",
            "AMBER", "it is uncertain or too early to say whether the annual target is on course to be achieved");

    private HaltonDemo() {
    }

    static void load(DemoServices s) {
        Map<String, List<Map<String, String>>> byRef = new LinkedHashMap<>();
        for (Map<String, String> row : DemoServices.readCsv("/demo/halton_measures_2015-16_q1_q2.csv")) {
            byRef.computeIfAbsent(row.get("ref"), r -> new ArrayList<>()).add(row);
        }
        byRef.forEach((ref, rows) -> load(s, ref, rows));
        // The quarterly progress symbols Halton printed for Q1 are its officers' judgement ("the annual target
        // is on course"): recorded as overrides, shown beside the computed rating (Q2's were lost in the PDF).
        for (Map<String, String> row : DemoServices.readCsv("/demo/halton_progress_2015-16_q1.csv")) {
            s.overrides().put(row.get("ref"), row.get("period"), new OverrideRequest(Rag.valueOf(row.get("rating")),
                    "As printed in Halton's Q1 2015/16 report (" + row.get("printed") + "): " + MEANING.get(row.get("rating")),
                    "Halton performance team"));
        }
    }

    private static void load(DemoServices s, String ref, List<Map<String, String>> rows) {
        Map<String, String> first = rows.get(0);
        List<String> figures = new ArrayList<>();
        rows.forEach(r -> figures.addAll(List.of(r.get("previous_year_actual"), r.get("target"), r.get("current"))));
        s.indicators().create(new IndicatorRequest(ref, first.get("title"), null, unitOf(first.get("title"), figures),
                polarityOf(ref), Frequency.QUARTERLY, Measurement.SNAPSHOT, DemoServices.decimalsOf(figures),
                DIRECTORATE, null, first.get("section").replaceFirst("^Priority: ", ""), null, null, false,
                TOLERANCE, null, DirectionBasis.LAST_YEAR_OUTTURN));
        lastNonBlank(rows, "previous_year_actual").ifPresent(cell -> s.value(ref, "2014-15", cell, null));
        lastNonBlank(rows, "target").ifPresent(text -> target(s, ref, text));
        for (Map<String, String> row : rows) {
            String period = row.get("report_period").replace("2015/16 ", "2015-16-");
            current(s, ref, period, row.get("current"), DemoServices.blankToNull(row.get("commentary")));
        }
    }

    private static void target(DemoServices s, String ref, String text) {
        // "72 hours" is read as its figure; the text is kept as printed.
        TargetSpec spec = TargetText.parse(text)
                .or(() -> PrintedCell.read(text).map(PrintedCell::number)
                        .map(n -> new TargetSpec(TargetForm.VALUE, n, null, null)))
                .orElseThrow(() -> new IllegalStateException("Cannot read the target '" + text + "' of " + ref));
        s.batch().target(ref, "2015-16", spec, text.strip());
    }

    private static void current(DemoServices s, String ref, String period, String cell, String commentary) {
        Optional<PrintedCell> printed = PrintedCell.read(cell);
        if (printed.isPresent() && printed.get().unreadable()) {
            // A sentence printed where the figure belongs (SCS SH04): no figure, the sentence as commentary.
            s.batch().figure(ref, period, new ImportRow.Figure(ValueState.NOT_APPLICABLE, null, false, false, null,
                    cell.strip()));
            return;
        }
        s.value(ref, period, cell, commentary);
    }

    private static Optional<String> lastNonBlank(List<Map<String, String>> rows, String column) {
        Optional<String> found = Optional.empty();
        for (Map<String, String> row : rows) {
            String cell = row.get(column);
            if (cell != null && !cell.isBlank()) {
                found = Optional.of(cell);
            }
        }
        return found;
    }

    static Polarity polarityOf(String ref) {
        if (CONTEXT.contains(ref)) {
            return Polarity.NONE;
        }
        return LOWER_IS_BETTER.contains(ref) ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
    }

    private static Unit unitOf(String title, List<String> figures) {
        if (title.startsWith("Percentage") || title.startsWith("Proportion")
                || figures.stream().anyMatch(f -> f != null && f.contains("%"))) {
            return Unit.PERCENT;
        }
        return title.contains("per 10,000") ? Unit.RATE_PER_10000 : Unit.COUNT;
    }
}
