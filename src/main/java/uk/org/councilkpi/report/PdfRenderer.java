package uk.org.councilkpi.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Prints the report's XHTML as a PDF with openhtmltopdf (on PDFBox): the same page as the HTML report, laid out by
 * its print stylesheet (A4 landscape). It uses the PDF's standard fonts (Helvetica), so the HTML's arrows are left
 * out of the PDF (the words stay), and charts come as JPEG images (openhtmltopdf draws no SVG without Batik).
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    public static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("the report could not be printed as PDF", e);
        }
        return out.toByteArray();
    }
}
