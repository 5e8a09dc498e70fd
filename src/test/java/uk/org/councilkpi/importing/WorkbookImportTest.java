package uk.org.councilkpi.importing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.councilkpi.support.ApiFixtures.createIndicator;
import static uk.org.councilkpi.support.ApiFixtures.indicatorJson;
import static uk.org.councilkpi.support.ApiFixtures.json;
import static uk.org.councilkpi.support.ApiFixtures.path;
import static uk.org.councilkpi.support.ApiFixtures.putAccepted;
import static uk.org.councilkpi.support.ApiFixtures.uniqueRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.importing.check.Column;

/**
 * Excel workbooks in and out: a sheet's cells read as Excel shows them (a percentage cell as 85%, 1,234, N/A), errors
 * naming the sheet and the cell, and the template as a workbook that comes back with only the filled rows loaded.
 */
@QuarkusTest
class WorkbookImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ValidatableResponse importWorkbook(byte[] workbook, String... params) {
        var request = RestAssured.given().contentType(XLSX).queryParam("enteredBy", "officer").body(workbook);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().post("/api/v1/imports").then().log().ifValidationFails();
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    @Test
    void shouldReadASheetAsExcelShowsIt() throws IOException {
        String percent = createIndicator("WBK");
        String count = createIndicator(indicatorJson(uniqueRef("WBK")).with("unit", "COUNT"));
        String na = createIndicator("WBK");
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("read the other sheet");
        XSSFSheet sheet = workbook.createSheet("Q3 return");
        String[] header = {"ref", "period", "value", "provisional"};
        XSSFRow top = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            top.createCell(i).setCellValue(header[i]);
        }
        CellStyle pct = workbook.createCellStyle();
        pct.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        CellStyle grouped = workbook.createCellStyle();
        grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        XSSFRow r = sheet.createRow(1);
        r.createCell(0).setCellValue(percent);
        r.createCell(1).setCellValue("2017-18-Q3");
        r.createCell(2).setCellValue(0.85);
        r.getCell(2).setCellStyle(pct);
        r.createCell(3).setCellValue("Yes");
        r = sheet.createRow(3); // row 3 is left empty, as people leave them
        r.createCell(0).setCellValue(count);
        r.createCell(1).setCellValue("2017-18-Q3");
        r.createCell(2).setCellValue(1234);
        r.getCell(2).setCellStyle(grouped);
        r = sheet.createRow(4);
        r.createCell(0).setCellValue(na);
        r.createCell(1).setCellValue("2017-18-Q3");
        r.createCell(2).setCellValue("N/A");
        byte[] file = bytes(workbook);

        importWorkbook(file, "dryRun", "true", "sheet", "Q3 return").statusCode(200)
                .body("values.created", equalTo(3))
                .body("read[0].number", equalTo(85)).body("read[0].provisional", equalTo(true))
                .body("read[0].readAs", hasItem(containsString("'85%' read as 85 (a percentage)")))
                .body("read[1].number", equalTo(1234)).body("read[1].row", equalTo(4))
                .body("read[2].state", equalTo("NOT_APPLICABLE"));
        importWorkbook(file, "sheet", "Q3 return").statusCode(200).body("values.created", equalTo(3));
        RestAssured.given().get(path(percent, "values", "2017-18-Q3")).then().body("number", equalTo(85));
        importWorkbook(file).statusCode(400).body("rowErrors.code", hasItem("HEADER_MISSING_COLUMN")); // the first sheet
        importWorkbook(file, "sheet", "Q4").statusCode(400)
                .body("rowErrors[0].reason", containsString("its sheets are Notes, Q3 return"));
    }

    @Test
    void shouldNameTheSheetAndCellOfAnError() throws IOException {
        String ref = createIndicator("WBK");
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Figures");
        XSSFRow top = sheet.createRow(0);
        top.createCell(0).setCellValue("ref");
        top.createCell(1).setCellValue("period");
        top.createCell(2).setCellValue("value");
        XSSFRow row = sheet.createRow(1);
        row.createCell(0).setCellValue(ref);
        row.createCell(1).setCellValue("2017-18-Q3");
        row.createCell(2).setCellValue("about 20");
        importWorkbook(bytes(workbook)).statusCode(400)
                .body("rowErrors[0].row", equalTo(2)).body("rowErrors[0].column", equalTo("value"))
                .body("rowErrors[0].reason", containsString("sheet Figures, cell C2"));
        RestAssured.given().contentType(XLSX).queryParam("enteredBy", "officer").body("not a workbook".getBytes())
                .when().post("/api/v1/imports").then().statusCode(400)
                .body("rowErrors[0].reason", containsString("not an Excel workbook"));
    }

    @Test
    void shouldSayWhatIsWrongWithADamagedWorkbookWithoutNamingTheReadersInsides() throws IOException {
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(damaged)) { // a package that names no workbook
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        for (byte[] body : new byte[][] {new byte[0], damaged.toByteArray()}) {
            RestAssured.given().contentType(XLSX).queryParam("enteredBy", "officer").body(body)
                    .when().post("/api/v1/imports").then().statusCode(400)
                    .body("rowErrors[0].code", equalTo("MALFORMED"))
                    .body("rowErrors[0].reason", containsString("save it again from Excel"))
                    .body("rowErrors[0].reason", not(containsString("Exception")));
        }
    }

    @Test
    void shouldGiveTheTemplateAsAWorkbookAndTakeItBackFilledIn() throws IOException {
        String directorate = "Workbook template " + uniqueRef("D");
        String first = createIndicator(indicatorJson(uniqueRef("WBT")).with("directorate", directorate));
        String second = createIndicator(indicatorJson(uniqueRef("WBT")).with("directorate", directorate));
        putAccepted(path(first, "values", "2017-18-Q2"), json().with("number", 18.5).with("enteredBy", "t"));

        byte[] template = RestAssured.given().accept(XLSX).queryParam("period", "2017-18-Q3")
                .queryParam("directorate", directorate).when().get("/api/v1/imports/template").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString("figures-2017-18-Q3.xlsx"))
                .extract().asByteArray();
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        XSSFSheet sheet = workbook.getSheet("Figures");
        assertEquals(String.join(",", TemplateService.header()), String.join(",", java.util.stream.IntStream
                .range(0, TemplateService.header().size()).mapToObj(i -> sheet.getRow(0).getCell(i).getStringCellValue())
                .toList()));
        assertTrue(sheet.getProtect(), "the sheet is protected: refs and titles cannot be changed by accident");
        assertTrue(sheet.getRow(1).getCell(Column.REF.ordinal()).getCellStyle().getLocked());
        assertFalse(sheet.getRow(1).getCell(Column.VALUE.ordinal()).getCellStyle().getLocked());
        assertEquals(3, sheet.getDataValidations().size(), "lists for state, provisional and estimated");
        assertEquals(18.5, sheet.getRow(1).getCell(TemplateService.header().indexOf("previous_figure")).getNumericCellValue());

        sheet.getRow(2).getCell(Column.VALUE.ordinal()).setCellValue(12);
        importWorkbook(bytes(workbook)).statusCode(200)
                .body("skipped", equalTo(1)).body("values.created", equalTo(1));
        RestAssured.given().get(path(second, "values", "2017-18-Q3")).then().body("number", equalTo(12));
    }
}
