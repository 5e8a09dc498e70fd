package uk.org.councilkpi.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import uk.org.councilkpi.web.RequestText;

/**
 * What every JSON body's text and dates must be, for every field of every request, checked as it is read (so that
 * the problem names the field):
 * <ul>
 * <li>text holds no control character but tab, CR and LF ({@link RequestText}): a NUL cannot be stored by
 * PostgreSQL, and the others have no place in a report;</li>
 * <li>an instant or a date lies between {@link #EARLIEST} and {@link #LATEST}, the years the service reads in
 * {@code asAt} too: {@code +999999999-12-31T23:59:59Z} parses, but no database column or report holds it.</li>
 * </ul>
 */
final class StrictTextModule extends SimpleModule {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    private static final String RANGE_MESSAGE = "must be between " + EARLIEST + " and " + LATEST;

    StrictTextModule() {
        super("councilkpi-strict-text");
        addDeserializer(String.class, new Text());
        addDeserializer(OffsetDateTime.class, new InRange<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME,
                t -> t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()));
        addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT,
                t -> t.atOffset(ZoneOffset.UTC).toLocalDate()));
        addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE, t -> t));
    }

    private static JsonMappingException refused(JsonParser parser, String message) {
        return JsonMappingException.from(parser, message, new IllegalArgumentException(message));
    }

    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (RequestText.hasControl(text, "\t\r\n")) {
                throw refused(parser, RequestText.CONTROL_MESSAGE + " (tab, CR and LF excepted)");
            }
            return text;
        }
    }

    private static final class InRange<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> parse;
        private final Function<T, LocalDate> day;

        InRange(Class<T> type, JsonDeserializer<T> parse, Function<T, LocalDate> day) {
            super(type);
            this.parse = parse;
            this.day = day;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = parse.deserialize(parser, context);
            if (value != null) {
                LocalDate date;
                try {
                    date = day.apply(value);
                } catch (java.time.DateTimeException e) {
                    throw refused(parser, RANGE_MESSAGE);
                }
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    throw refused(parser, RANGE_MESSAGE);
                }
            }
            return value;
        }
    }
}
