package uk.org.councilkpi.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.period.Period;

/** The CSV a performance team fills in for a period: one row per indicator, the import's columns in order. */
@ApplicationScoped
public class TemplateService {

    /** A template's name and text. */
    public record Template(String filename, String csv) {
    }

    private final IndicatorRepository indicators;

    public TemplateService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Transactional
    public Template template(String periodCode, IndicatorFilter filter) {
        String period = Period.parse(periodCode).code();
        StringBuilder csv = new StringBuilder();
        CsvText.row(csv, Arrays.stream(Column.values()).map(Column::header).toList());
        for (Indicator i : indicators.matching(filter).list()) {
            CsvText.row(csv, rowOf(i, period));
        }
        return new Template("figures-" + period + ".csv", csv.toString());
    }

    private static List<String> rowOf(Indicator indicator, String period) {
        String[] cells = new String[Column.values().length];
        cells[Column.REF.ordinal()] = indicator.ref;
        cells[Column.TITLE.ordinal()] = CsvText.inert(indicator.title);
        cells[Column.PERIOD.ordinal()] = period;
        return Arrays.asList(cells);
    }
}
