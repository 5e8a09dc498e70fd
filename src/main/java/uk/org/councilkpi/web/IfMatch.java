package uk.org.councilkpi.web;

import java.util.List;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.ProblemType;

/**
 * A request's {@code If-Match} header, read: a service asks it whether a write may go ahead on the version it finds,
 * without reading headers itself.
 * <ul>
 *   <li>no header (or a blank one): any write goes ahead;</li>
 *   <li>otherwise only on a current version the header names as a strong tag (or {@code *}), never when there is
 *   none: {@code W/"3"} does not allow a write on version 3 (RFC 9110 13.1.1).</li>
 * </ul>
 */
public record IfMatch(String header) {

    public static final IfMatch ABSENT = new IfMatch(null);

    public boolean given() {
        return header != null && !header.isBlank();
    }

    /**
     * Refuses (412 STALE_VERSION) a write this header does not allow on the current version (null: there is no
     * current record); {@code what} names the record in the problem ("figure", "progress").
     */
    public void require(Long currentVersion, String what) {
        if (!allows(currentVersion)) {
            throw new ApiException(ProblemType.STALE_VERSION, currentVersion == null
                    ? "If-Match was given, but there is no " + what + " for this period"
                    : "The " + what + " has changed since it was read (it is now version " + currentVersion
                            + "): read it again and retry", List.of());
        }
    }

    /** Whether a write may go ahead on this current version (null: there is no current record). */
    public boolean allows(Long currentVersion) {
        return !given() || currentVersion != null && EntityTags.matchesStrongly(header, String.valueOf(currentVersion));
    }
}
