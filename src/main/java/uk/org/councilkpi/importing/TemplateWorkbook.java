package uk.org.councilkpi.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.importing.check.CellText;
import uk.org.councilkpi.importing.check.Column;

/**
 * The template as an Excel workbook, to fill in and send back as it is:
 * <ul>
 *   <li>one sheet, "Figures", with the import's columns and the reference columns, in the CSV template's order;</li>
 *   <li>the ref, title, period and reference cells locked (the sheet is protected without a password: a person who
 *       needs to can unprotect it), the cells to fill in unlocked and shaded;</li>
 *   <li>drop-down lists for the state (its names) and the flags (Yes, No);</li>
 *   <li>the reference figures as numbers where they are numbers.</li>
 * </ul>
 */
final class TemplateWorkbook {

    static final String SHEET = "Figures";
    private static final int ROWS_WITH_LISTS = 2000;

    private TemplateWorkbook() {
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle locked = workbook.createCellStyle();
            locked.setLocked(true);
            CellStyle open = workbook.createCellStyle();
            open.setLocked(false);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setLocked(true);

            XSSFRow top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                XSSFCell cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < header.size(); c++) {
                    XSSFCell cell = row.createCell(c);
                    String text = c < cells.size() ? cells.get(c) : null;
                    if (text != null && c > Column.values().length + 1 && CellText.isPlainNumber(text)) {
                        cell.setCellValue(new BigDecimal(text).doubleValue());
                    } else if (text != null) {
                        cell.setCellValue(text);
                    }
                    cell.setCellStyle(fillable(c) ? open : locked);
                }
            }
            if (!rows.isEmpty()) {
                DataValidationHelper validation = sheet.getDataValidationHelper();
                int last = Math.max(rows.size(), ROWS_WITH_LISTS);
                list(sheet, validation, Column.STATE.ordinal(), last,
                        Arrays.stream(ValueState.values()).map(Enum::name).toArray(String[]::new));
                list(sheet, validation, Column.PROVISIONAL.ordinal(), last, "Yes", "No");
                list(sheet, validation, Column.ESTIMATED.ordinal(), last, "Yes", "No");
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, c == Column.TITLE.ordinal() || c == Column.COMMENTARY.ordinal() ? 60 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.protectSheet("");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells a person fills in: the import's columns but the ref, title and period. */
    private static boolean fillable(int column) {
        return column < Column.values().length && column != Column.REF.ordinal() && column != Column.TITLE.ordinal()
                && column != Column.PERIOD.ordinal();
    }

    private static void list(XSSFSheet sheet, DataValidationHelper helper, int column, int lastRow, String... values) {
        DataValidation rule = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, lastRow, column, column));
        rule.setShowErrorBox(true);
        rule.setSuppressDropDownArrow(true);
        sheet.addValidationData(rule);
    }
}
