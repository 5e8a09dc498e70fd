package uk.org.councilkpi.scorecard;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.org.councilkpi.readcache.Attachment;
import uk.org.councilkpi.readcache.CachedRead;
import uk.org.councilkpi.readcache.ReadCache;

/**
 * A read offered as JSON or as CSV, chosen by the request's Accept header: JSON unless the client prefers CSV (a
 * higher quality, or the same quality named more specifically: {@code text/csv} or {@code text/*} against
 * {@code *}{@code /*}). No Accept, or {@code *}{@code /*}, is JSON. A CSV answer is an attachment with a file name.
 */
public final class JsonOrCsv {

    public static final String CSV = "text/csv";
    static final MediaType CSV_UTF8 = new MediaType("text", "csv", "UTF-8");
    private static final MediaType CSV_TYPE = new MediaType("text", "csv");

    private JsonOrCsv() {
    }

    /**
     * The answer in the media type the request prefers; for CSV, an attachment named {@code stem.csv} (the stem
     * made safe for a file name).
     */
    public static <T> Response answer(CachedRead read, Record request, Supplier<T> build,
                                      Function<? super T, byte[]> csv, String stem) {
        if (!prefersCsv(accepted(read.headers()))) {
            return read.json(request, build::get);
        }
        return Attachment.of(read.answer(request, CSV_UTF8, build, csv), stem, "csv");
    }

    /**
     * Whether CSV is preferred to JSON by these accepted media ranges (none: JSON); neither acceptable (each
     * excluded with q=0, or not named) is 406 Not Acceptable.
     */
    static boolean prefersCsv(List<MediaType> accepted) {
        if (accepted.isEmpty()) {
            return false;
        }
        Rank json = rank(accepted, MediaType.APPLICATION_JSON_TYPE);
        Rank csv = rank(accepted, CSV_TYPE);
        if (json.quality <= 0 && csv.quality <= 0) {
            throw new NotAcceptableException("This resource is available as application/json or text/csv");
        }
        return csv.quality > json.quality || csv.quality == json.quality && csv.specificity > json.specificity;
    }

    /**
     * The media ranges of the Accept header, read leniently: a range that cannot be read is left out (an empty or
     * unreadable header is as good as none, as the framework, which has already matched the method, treats it).
     */
    static List<MediaType> accepted(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.ACCEPT);
        List<MediaType> ranges = new ArrayList<>();
        if (values == null) {
            return ranges;
        }
        for (String value : values) {
            for (String range : value.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                try {
                    ranges.add(MediaType.valueOf(range.trim()));
                } catch (IllegalArgumentException e) {
                    // not a media range: left out
                }
            }
        }
        return ranges;
    }

    /** A file name of letters, digits, dots, hyphens and underscores only, ending in .csv. */
    static String filename(String stem) {
        return Attachment.filename(stem, "csv");
    }

    /** How a media type is accepted: the quality of the most specific range naming it (RFC 9110 12.5.1). */
    private record Rank(double quality, int specificity) {
    }

    private static Rank rank(List<MediaType> accepted, MediaType type) {
        Rank best = new Rank(0, -1);
        for (MediaType range : accepted) {
            int specificity;
            if (range.isWildcardType()) {
                specificity = 0;
            } else if (!range.getType().equalsIgnoreCase(type.getType())) {
                continue;
            } else if (range.isWildcardSubtype()) {
                specificity = 1;
            } else if (range.getSubtype().equalsIgnoreCase(type.getSubtype())) {
                specificity = 2;
            } else {
                continue;
            }
            if (specificity > best.specificity) {
                best = new Rank(quality(range), specificity);
            }
        }
        return best;
    }

    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
