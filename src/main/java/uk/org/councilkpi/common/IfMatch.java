package uk.org.councilkpi.common;

import java.util.Arrays;
import java.util.List;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.ProblemType;

/**
 * If-Match on a versioned record (RFC 9110 13.1.1): a write that names the ETag (the version, quoted) it read goes
 * ahead only if the record is still that version; {@code *} asks only that it exists. Stale: 412.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses (412) a write whose If-Match names neither the current version nor *; no If-Match, no check.
     * {@code current} null: there is no such record; {@code what} names it in the problem ("the figure").
     */
    public static void require(String ifMatch, Long current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        boolean matches = current != null && (ifMatch.strip().equals("*")
                || Arrays.stream(ifMatch.split(",")).map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(tag -> tag.equals(etag(current))));
        if (!matches) {
            throw new ApiException(ProblemType.STALE_VERSION, current == null
                    ? "If-Match was given, but there is no " + what + " for this period"
                    : "The " + what + " has changed since it was read (it is now version " + current
                            + "): read it again and retry", List.of());
        }
    }
}
