package uk.org.councilkpi.demo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.org.councilkpi.comparator.ComparatorService;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.override.OverrideService;
import uk.org.councilkpi.importing.check.ImportRow;

/**
 * The API's own services, as the demo loaders use them, the batch that gathers their figures and targets for the
 * import (the same code as {@code POST /api/v1/imports}), and the CSV reading they share.
 */
record DemoServices(IndicatorService indicators, ComparatorService comparators, OverrideService overrides,
                    DemoBatch batch) {

    static final String LOADER = "demo-loader";

    /** Records a printed cell as a figure; a blank cell records nothing. */
    void value(String ref, String period, String cell, String commentary) {
        PrintedCell.read(cell).ifPresent(c -> {
            if (c.unreadable()) {
                throw new IllegalStateException("Cannot read the figure '" + cell + "' of " + ref + " for " + period);
            }
            batch.figure(ref, period, new ImportRow.Figure(c.state(), c.number(), c.provisional(), false, c.note(),
                    commentary));
        });
    }

    static List<Map<String, String>> readCsv(String resource) {
        try (InputStream in = DemoServices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in);
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decimal places as printed: the largest number of decimals among the figures. */
    static int decimalsOf(List<String> cells) {
        return cells.stream()
                .flatMap(c -> PrintedCell.read(c).stream())
                .map(PrintedCell::number)
                .filter(n -> n != null)
                .mapToInt(BigDecimal::scale)
                .map(s -> Math.max(0, Math.min(s, 6)))
                .max().orElse(0);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
