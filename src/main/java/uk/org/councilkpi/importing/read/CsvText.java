package uk.org.councilkpi.importing.read;

import java.util.List;

/** Writes CSV as RFC 4180 has it: cells quoted when they hold a comma, a quote or a line end; CRLF between rows. */
public final class CsvText {

    private CsvText() {
    }

    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cell(out, cells.get(i));
        }
        out.append("\r\n");
    }

    private static void cell(StringBuilder out, String cell) {
        if (cell == null) {
            return;
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
        if (!quote) {
            out.append(cell);
            return;
        }
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
    }

    /**
     * Text a spreadsheet must not run as a formula (a cell starting with =, +, -, @): prefixed with an apostrophe,
     * as OWASP advises for CSV exports. Only for cells the import ignores (the title), so nothing read changes.
     */
    public static String inert(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
