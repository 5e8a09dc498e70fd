package uk.org.councilkpi.report;

import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Which of the report's media types a request prefers: PDF only when ranked above HTML (HTML for none or any). */
final class ReportFormat {

    private ReportFormat() {
    }

    /** {@code accepted} as the framework sorts it: most preferred first (quality, then specificity). */
    static boolean prefersPdf(List<MediaType> accepted) {
        for (MediaType range : accepted) {
            if (range.isCompatible(MediaType.TEXT_HTML_TYPE) && !range.isWildcardType()) {
                return false;
            }
            if (range.isCompatible(ReportResource.PDF_TYPE) && !range.isWildcardType()) {
                return true;
            }
            if (range.isWildcardType()) {
                return false;
            }
        }
        return false;
    }
}
