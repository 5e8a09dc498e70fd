package uk.org.councilkpi.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Targets;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.target.Target;
import uk.org.councilkpi.target.TargetRepository;
import uk.org.councilkpi.value.IndicatorValue;
import uk.org.councilkpi.value.ValueRepository;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.importing.check.Column;
import uk.org.councilkpi.importing.read.CsvText;

/**
 * The CSV a performance team fills in for a period and sends back: one row per indicator, with the import's columns
 * (value, state, ... left empty) and, for reference, the indicator's unit, the target that rates the period, and the
 * figures of the previous quarter and of the same period last year. It starts with a byte-order mark, so that Excel
 * opens it as UTF-8. Sent back, the rows left untouched are skipped, the reference columns ignored, and each row's
 * title checked against its ref.
 */
@ApplicationScoped
public class TemplateService {

    /** A template's name and text. */
    public record Template(String filename, String csv) {
    }

    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final TargetRepository targets;

    public TemplateService(IndicatorRepository indicators, ValueRepository values, TargetRepository targets) {
        this.indicators = indicators;
        this.values = values;
        this.targets = targets;
    }

    /** The template for a period, for the indicators the filter (and, if given, the responsible officer) selects. */
    @Transactional
    public Template template(String periodCode, IndicatorFilter filter, String responsibleOfficer) {
        Period period = Period.parse(periodCode);
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvText.row(csv, header());
        for (List<String> row : rows(period, filter, responsibleOfficer)) {
            List<String> cells = new ArrayList<>(row);
            cells.set(Column.TITLE.ordinal(), CsvText.inert(cells.get(Column.TITLE.ordinal())));
            int target = Column.values().length + 1;
            cells.set(target, cells.get(target) == null ? null : CsvText.inert(cells.get(target)));
            CsvText.row(csv, cells);
        }
        return new Template("figures-" + period.code() + ".csv", csv.toString());
    }

    /** The same template as an Excel workbook ({@link TemplateWorkbook}): refs locked, lists for states and flags. */
    @Transactional
    public byte[] workbook(String periodCode, IndicatorFilter filter, String responsibleOfficer) {
        Period period = Period.parse(periodCode);
        return TemplateWorkbook.write(header(), rows(period, filter, responsibleOfficer));
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(Arrays.stream(Column.values()).map(Column::header).toList());
        header.addAll(Column.ALL.readPast());
        return header;
    }

    /** One row per indicator: ref, title and period, the import's columns empty, then the reference columns. */
    private List<List<String>> rows(Period period, IndicatorFilter filter, String responsibleOfficer) {
        String previous = DirectionBasis.PREVIOUS_PERIOD.earlierThan(period).code();
        String lastYear = DirectionBasis.SAME_PERIOD_LAST_YEAR.earlierThan(period).code();
        List<Indicator> list = indicators.matching(filter).list().stream()
                .filter(i -> responsibleOfficer == null || responsibleOfficer.equals(i.responsibleOfficer)).toList();
        Set<Long> ids = list.stream().map(i -> i.id).collect(Collectors.toSet());
        Map<String, IndicatorValue> figures = new HashMap<>();
        Map<String, Target> targetsOf = new HashMap<>();
        if (!ids.isEmpty()) {
            values.forIndicators(ids, List.of(previous, lastYear))
                    .forEach(v -> figures.put(v.indicator.id + "|" + v.period, v));
            targets.forIndicators(ids, Targets.applicablePeriods(period).stream().map(Period::code).toList())
                    .forEach(t -> targetsOf.put(t.indicator.id + "|" + t.period, t));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : list) {
            List<String> row = new ArrayList<>(rowOf(i, period.code()));
            row.add(i.unit.name());
            row.add(Targets.applicablePeriods(period).stream().map(p -> targetsOf.get(i.id + "|" + p.code()))
                    .filter(Objects::nonNull).findFirst().map(TemplateService::targetText).orElse(null));
            row.add(figure(figures.get(i.id + "|" + previous)));
            row.add(figure(figures.get(i.id + "|" + lastYear)));
            rows.add(row);
        }
        return rows;
    }

    /** The target as the council wrote it, else its form and figures ("AT_MOST 20", "RANGE 260-300"). */
    private static String targetText(Target t) {
        if (t.text != null && !t.text.isBlank()) {
            return t.text;
        }
        String figures = t.value != null ? t.value.stripTrailingZeros().toPlainString()
                : t.low != null ? t.low.stripTrailingZeros().toPlainString() + "-" + t.high.stripTrailingZeros().toPlainString()
                : "";
        return (t.form.name() + " " + figures).strip();
    }

    private static String figure(IndicatorValue v) {
        if (v == null) {
            return null;
        }
        // a suppressed number is not for a spreadsheet that travels by e-mail: its state only
        return v.state == ValueState.AVAILABLE ? v.number.stripTrailingZeros().toPlainString() : v.state.name();
    }

    private static List<String> rowOf(Indicator indicator, String period) {
        String[] cells = new String[Column.values().length];
        cells[Column.REF.ordinal()] = indicator.ref;
        cells[Column.TITLE.ordinal()] = indicator.title;
        cells[Column.PERIOD.ordinal()] = period;
        return Arrays.asList(cells);
    }
}
