package uk.org.councilkpi.web;

/**
 * Entity tags as HTTP compares them (RFC 9110 8.8.3, 13.1.1-2), for every header that carries them: the read cache's
 * {@code If-None-Match} and a figure's {@code If-Match}.
 * <ul>
 *   <li>a header is {@code *} or a comma-separated list of tags; {@code *} matches whatever exists;</li>
 *   <li>{@code If-None-Match} compares weakly ({@code W/"7"} matches {@code "7"}); {@code If-Match} compares strongly:
 *   a weak tag never matches, since a write must not go ahead on a version that is only "equivalent".</li>
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
    /** Weak comparison, for {@code If-None-Match}. */
    public static boolean matches(String header, String opaque) {
        return matches(header, opaque, true);
    }

    /** Strong comparison, for {@code If-Match}. */
    public static boolean matchesStrongly(String header, String opaque) {
        return matches(header, opaque, false);
    }

    private static boolean matches(String header, String opaque, boolean weak) {
        String wanted = quoted(opaque);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
