package uk.org.councilkpi.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.org.councilkpi.problem.FieldError;

/**
 * The rules for text a request carries, whatever carries it: plain functions, no framework.
 * <ul>
 * <li>No control character (Unicode category Cc: U+0000 to U+001F, U+007F to U+009F) in a query parameter, a path
 * parameter or a header; a header may hold a tab (RFC 9110 whitespace). In JSON text, tab, CR and LF are allowed
 * (commentary and notes run over lines), every other control character is refused.</li>
 * <li>A query parameter and a path are valid percent-encoding ({@code %} and two hex digits) of UTF-8 text; in a
 * query {@code +} is a space.</li>
 * <li>A query parameter is given once, whatever the case of its name ({@code limit} and {@code LIMIT} are one
 * parameter to the framework): no operation takes a repeated one, and a validator in front and the service must
 * never read different values of it.</li>
 * <li>No path segment is {@code .} or {@code ..}, written so or percent-encoded ({@code %2e%2e}), or empty
 * ({@code //}): the router would remove it and the request would reach a resource its path does not name as
 * written.</li>
 * <li>A body is UTF-8: a {@code Content-Type} may name no charset, or UTF-8.</li>
 * </ul>
 */
public final class RequestText {

    public static final String CONTROL_MESSAGE = "must not contain control characters";
    public static final String ENCODING_MESSAGE = "is not valid percent-encoding of UTF-8 text";
    public static final String REPEATED_MESSAGE = "is given more than once; give it once";
    public static final String DOT_SEGMENT_MESSAGE = "must not have a segment that is . or .. (encoded or not)";
    public static final String EMPTY_SEGMENT_MESSAGE = "must not have an empty segment (//)";

    private RequestText() {
    }

    /** Whether the text has a control character other than those in {@code allowed}. */
    public static boolean hasControl(String text, String allowed) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && allowed.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A header value: tab is whitespace there. */
    public static boolean headerHasControl(String value) {
        return hasControl(value, "\t");
    }

    /**
     * The first query parameter (in order) that is not valid percent-encoding, holds a control character, or is given
     * a second time.
     */
    public static Optional<FieldError> checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> name = decode(rawName, true);
            if (name.isEmpty() || hasControl(name.get(), "")) {
                return Optional.of(new FieldError("query", "a parameter name "
                        + (name.isEmpty() ? ENCODING_MESSAGE : CONTROL_MESSAGE)));
            }
            Optional<String> value = decode(rawValue, true);
            if (value.isEmpty()) {
                return Optional.of(new FieldError(name.get(), ENCODING_MESSAGE));
            }
            if (hasControl(value.get(), "")) {
                return Optional.of(new FieldError(name.get(), CONTROL_MESSAGE));
            }
            if (!seen.add(name.get().toLowerCase(Locale.ROOT))) { // the framework reads names regardless of case
                return Optional.of(new FieldError(name.get(), REPEATED_MESSAGE));
            }
        }
        return Optional.empty();
    }

    /**
     * A path whose percent-encoding is malformed ({@code %} not followed by two hex digits, or bytes that are not
     * UTF-8), or with a segment that is {@code .} or {@code ..} once decoded: named "path".
     */
    public static Optional<FieldError> checkPath(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i > 0 && i < segments.length - 1) {
                return Optional.of(new FieldError("path", EMPTY_SEGMENT_MESSAGE));
            }
            Optional<String> decoded = decode(segment, false);
            if (decoded.isEmpty()) {
                return Optional.of(new FieldError("path", ENCODING_MESSAGE));
            }
            if (decoded.get().equals(".") || decoded.get().equals("..")) {
                return Optional.of(new FieldError("path", DOT_SEGMENT_MESSAGE));
            }
        }
        return Optional.empty();
    }

    /**
     * Percent-decoding that refuses rather than guesses: {@code %} must be followed by two hex digits, and each run of
     * encoded bytes must be UTF-8 ({@link java.net.URLDecoder} puts U+FFFD in place of bytes that are not). Other
     * characters are kept as they are; {@code +} is a space where asked.
     */
    static Optional<String> decode(String raw, boolean plusIsSpace) {
        StringBuilder text = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                text.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i < raw.length() && raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = hex(raw.charAt(i + 1));
                int low = hex(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 3;
            }
            try {
                text.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString());
    }

    /** An ASCII hex digit's value, else -1 ({@link Character#digit} would take full-width digits too). */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /**
     * Whether a body of this Content-Type is text, whose charset then matters: {@code text/*}, JSON and its
     * {@code +json} kinds (a merge patch). A workbook, a zip, is bytes: a charset said of it means nothing.
     */
    public static boolean isText(String contentType) {
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json");
    }

    /** Whether a Content-Type names no charset, or UTF-8. */
    public static boolean charsetIsUtf8(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String charset = parameter.substring(equals + 1).trim().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code Accept} headers accept nothing: they name at least one media range, and every one has
     * {@code q=0} (RFC 9110 12.4.2: "not acceptable").
     */
    public static boolean acceptsNothing(List<String> accept) {
        boolean named = false;
        for (String header : accept) {
            for (String range : header.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                named = true;
                if (!qualityIsZero(range)) {
                    return false;
                }
            }
        }
        return named;
    }

    private static boolean qualityIsZero(String range) {
        String[] parts = range.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                return parameter.substring(2).strip().matches("0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
