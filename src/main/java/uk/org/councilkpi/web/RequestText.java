package uk.org.councilkpi.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import uk.org.councilkpi.problem.FieldError;

/**
 * The rules for text a request carries, whatever carries it: plain functions, no framework.
 * <ul>
 * <li>No control character (Unicode category Cc: U+0000 to U+001F, U+007F to U+009F) in a query parameter, a path
 * parameter or a header; a header may hold a tab (RFC 9110 whitespace). In JSON text, tab, CR and LF are allowed
 * (commentary and notes run over lines), every other control character is refused.</li>
 * <li>A query parameter is valid percent-encoding ({@code %} and two hex digits); {@code +} is a space.</li>
 * <li>A body is UTF-8: a {@code Content-Type} may name no charset, or UTF-8.</li>
 * </ul>
 */
public final class RequestText {

    public static final String CONTROL_MESSAGE = "must not contain control characters";
    public static final String ENCODING_MESSAGE = "is not valid percent-encoding";

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

    /** The first query parameter (in order) that is not valid percent-encoding or holds a control character. */
    public static Optional<FieldError> checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> name = decode(rawName);
            if (name.isEmpty() || hasControl(name.get(), "")) {
                return Optional.of(new FieldError("query", "a parameter name "
                        + (name.isEmpty() ? ENCODING_MESSAGE : CONTROL_MESSAGE)));
            }
            Optional<String> value = decode(rawValue);
            if (value.isEmpty()) {
                return Optional.of(new FieldError(name.get(), ENCODING_MESSAGE));
            }
            if (hasControl(value.get(), "")) {
                return Optional.of(new FieldError(name.get(), CONTROL_MESSAGE));
            }
        }
        return Optional.empty();
    }

    /** A path whose percent-encoding is malformed ({@code %} not followed by two hex digits): named "path". */
    public static Optional<FieldError> checkPath(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
                    || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                return Optional.of(new FieldError("path", ENCODING_MESSAGE));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String raw) {
        try {
            return Optional.of(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
}
