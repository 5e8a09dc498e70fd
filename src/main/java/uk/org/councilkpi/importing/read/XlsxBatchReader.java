package uk.org.councilkpi.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.jboss.logging.Logger;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.importing.check.Cell;
import uk.org.councilkpi.importing.check.Column;
import uk.org.councilkpi.importing.check.ImportRow;
import uk.org.councilkpi.importing.check.RowCheck;
import uk.org.councilkpi.importing.check.RowSink;
import uk.org.councilkpi.importing.check.SpreadsheetWords;

/**
 * Reads a batch from an Excel workbook (.xlsx): the named sheet, or the first. The sheet is read as a stream of SAX
 * events (Apache POI's event API), so only the current row is held; the cells are taken as Excel shows them (a
 * percentage cell 0.85 as "85%", a number formatted 1,234 as "1,234") and then read exactly as a CSV saved from Excel
 * would be ({@link SpreadsheetWords}). The first row is the header, as in a CSV; rows keep Excel's numbers, and every
 * error names the sheet and the cell ("sheet Figures, cell C5").
 */
public final class XlsxBatchReader {

    private static final Logger LOG = Logger.getLogger(XlsxBatchReader.class);


    private final RowSink sink;
    private final String sheetName;
    private Header<Column> columns;
    private boolean header = true;
    private boolean readable = true;
    private int rows;

    private XlsxBatchReader(RowSink sink, String sheetName) {
        this.sink = sink;
        this.sheetName = sheetName;
    }

    /** Reads the batch into the sink; returns the number of data rows. */
    public static int read(InputStream body, String sheet, RowSink sink) throws IOException {
        return new XlsxBatchReader(sink, sheet).read(body);
    }

    private int read(InputStream body) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(body)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (sheetName == null || sheetName.equals(name)) {
                        parse(sheet, name, strings, styles);
                        return rows;
                    }
                }
            }
            sink.error(new RowError(0, null, sheetName, "is not a sheet of this workbook: its sheets are "
                    + String.join(", ", names), RowErrorCode.MALFORMED));
            return 0;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            sink.error(new RowError(0, null, null, "The body is not an Excel workbook (.xlsx): save the file as an Excel"
                    + " workbook, or as CSV UTF-8 and send it as text/csv", RowErrorCode.MALFORMED));
            return 0;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof uk.org.councilkpi.problem.ApiException tooLarge) {
                throw tooLarge; // over the import's size limit: 413
            }
            LOG.debugf(e, "An uploaded workbook could not be read"); // the cause is for operators, not the caller
            sink.error(new RowError(0, null, null, "The workbook cannot be read: it is damaged or not laid out as Excel"
                    + " writes one; save it again from Excel as an .xlsx workbook", RowErrorCode.MALFORMED));
            return 0;
        }
    }

    private void parse(InputStream sheet, String name, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(name),
                new DataFormatter(Locale.UK), false));
        parser.parse(new InputSource(sheet));
        if (header) {
            sink.error(new RowError(0, null, null, "Sheet " + name + " is empty: it needs a header row (ref, period,"
                    + " value, ...) and then one row per figure or target", RowErrorCode.EMPTY_FILE));
        } else if (rows == 0 && readable) {
            sink.error(new RowError(0, null, null, "Sheet " + name + " has a header but no rows", RowErrorCode.NO_ROWS));
        }
    }

    /** The rows of a sheet, as POI's SAX handler reports them: the cells present, as Excel formats them. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Rows(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                if (!header) {
                    sink.skipped(row);
                }
                return;
            }
            if (header) {
                header = false;
                header(row);
            } else if (readable) {
                rows++;
                data();
            }
        }

        private void header(int rowNumber) {
            if (rowNumber != 1) {
                error(rowNumber, -1, "The first row of sheet " + sheet + " must be the header (ref, period, value, ...)",
                        RowErrorCode.HEADER_MISSING_COLUMN);
                readable = false;
                return;
            }
            columns = Header.read(Column.ALL, cells.size(), cells::get, i -> false, new Header.Problems<>() {
                @Override
                public void unknown(int index, String name) {
                    sink.error(new RowError(1, name, name, "is not a column of the import: " + Column.ALL.names()
                            + " (in any order and case); sheet " + sheet + ", cell " + address(1, index),
                            RowErrorCode.HEADER_UNKNOWN_COLUMN));
                }

                @Override
                public void twice(int index, Column column, String name) {
                    sink.error(new RowError(1, column.header(), name, "appears twice in the header (sheet " + sheet
                            + ", cell " + address(1, index) + ")", RowErrorCode.MALFORMED));
                }

                @Override
                public void missing(Column required) {
                    sink.error(new RowError(1, required.header(), null, "is a required column, missing from the header"
                            + " of sheet " + sheet, RowErrorCode.HEADER_MISSING_COLUMN));
                }
            });
            readable = columns.readable();
        }

        private void data() {
            Map<Column, Cell> values = new EnumMap<>(Column.class);
            for (int i = 0; i < cells.size(); i++) {
                Column column = columns.column(i);
                if (column != null) {
                    String text = cells.get(i);
                    int max = column.maxLength();
                    boolean truncated = text.length() > max;
                    values.put(column, new Cell(Cell.Kind.TEXT, truncated ? text.substring(0, max) : text,
                            truncated));
                } else if (columns.columnOf(i) == Header.NO_NAME && !cells.get(i).isBlank()) {
                    error(row, i, "has a value in a column with no name in the header", RowErrorCode.MALFORMED);
                }
            }
            columns.indexOf().keySet().forEach(c -> values.putIfAbsent(c, Cell.text("")));
            RowCheck.check(row, values, new Addressed());
        }

        private void error(int rowNumber, int column, String reason, RowErrorCode code) {
            sink.error(new RowError(rowNumber, null, null, column < 0 ? reason
                    : reason + " (sheet " + sheet + ", cell " + address(rowNumber, column) + ")", code));
        }

        /** Passes the row on, each error naming the sheet and the cell as Excel shows it. */
        private final class Addressed implements RowSink {

            @Override
            public void row(ImportRow importRow) {
                sink.row(importRow);
            }

            @Override
            public void skipped(int skippedRow) {
                sink.skipped(skippedRow);
            }

            @Override
            public void error(RowError e) {
                Integer index = e.column() == null ? null : Column.ALL.ofHeader(e.column()).map(columns.indexOf()::get).orElse(null);
                String where = "sheet " + sheet + ", " + (index == null ? "row " + e.row() : "cell " + address(e.row(), index));
                sink.error(new RowError(e.row(), e.column(), e.value(), e.reason() + " (" + where + ")", e.code()));
            }
        }
    }

    /** A cell's address as Excel shows it: C5. */
    private static String address(int row, int column) {
        return CellReference.convertNumToColString(column) + row;
    }
}
