package uk.org.councilkpi.web;

/**
 * Entity tags as HTTP compares them (RFC 9110 8.8.3, 13.1.1-2), for every header that carries them: the read cache's
 * {@code If-None-Match} and a figure's {@code If-Match}.
 * <ul>
 *   <li>a header is {@code *} or a comma-separated list of tags; {@code *} matches whatever exists;</li>
 *   <li>tags are compared weakly: {@code W/"7"} matches {@code "7"}.</li>
 * </ul>
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag as sent in an ETag header: the opaque value in quotes. */
    public static String quoted(Object opaque) {
        return "\"" + opaque + "\"";
    }

    /** Whether a header's list names the tag with this opaque value (unquoted), or is {@code *}. */
    public static boolean matches(String header, String opaque) {
        String wanted = quoted(opaque);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
