package uk.org.councilkpi.web;

/**
 * A request's {@code If-Match} header, read: a service asks it whether a write may go ahead on the version it finds,
 * without reading headers itself.
 * <ul>
 *   <li>no header (or a blank one): any write goes ahead;</li>
 *   <li>otherwise only on a current version the header names (or {@code *}), never when there is none.</li>
 * </ul>
 */
public record IfMatch(String header) {

    public static final IfMatch ABSENT = new IfMatch(null);

    public boolean given() {
        return header != null && !header.isBlank();
    }

    /** Whether a write may go ahead on this current version (null: there is no current record). */
    public boolean allows(Long currentVersion) {
        return !given() || currentVersion != null && EntityTags.matches(header, String.valueOf(currentVersion));
    }
}
