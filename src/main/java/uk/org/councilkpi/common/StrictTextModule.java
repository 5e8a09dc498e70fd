package uk.org.councilkpi.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;
import uk.org.councilkpi.status.NumberLimits;
import uk.org.councilkpi.web.RequestText;

/**
 * What every JSON body's text, dates and figures must be, for every field of every request, checked as it is read
 * (so that the problem names the field):
 * <ul>
 * <li>text holds no control character but tab, CR and LF ({@link RequestText}): a NUL cannot be stored by
 * PostgreSQL, and the others have no place in a report;</li>
 * <li>a date is a JSON string {@code yyyy-MM-dd}, and an instant a JSON string of a date-time with its offset
 * (RFC 3339: {@code 2027-03-31T23:59:59Z}, {@code 2027-03-31T23:59:59.5+01:00}), exactly: no number of seconds,
 * no date-time cut to a date, no space or control character around it;</li>
 * <li>an instant or a date lies between {@link #EARLIEST} and {@link #LATEST}, the years the service reads in
 * {@code asAt} too: {@code +999999999-12-31T23:59:59Z} parses, but no database column or report holds it;</li>
 * <li>a figure is its value, not how it is written: {@code 1.50000000} is 1.5 and {@code 1000e-1} is 100, so the
 * limits of {@link NumberLimits} (checked by {@code @Digits}) count no trailing zeros.</li>
 * </ul>
 */
final class StrictTextModule extends SimpleModule {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    private static final String RANGE_MESSAGE = "must be between " + EARLIEST + " and " + LATEST;
    private static final String DATE_MESSAGE = "must be a date written yyyy-MM-dd, such as 2027-03-31";
    private static final String DATE_TIME_MESSAGE = "must be a date-time with its offset, such as 2027-03-31T23:59:59Z"
            + " or 2027-03-31T23:59:59+01:00";

    /** {@code yyyy-MM-dd}, and only that (a year of four digits, a real day). */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    /** RFC 3339's date-time: seconds required, a fraction optional, an offset ({@code Z} or {@code ±HH:MM}) required. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);

    StrictTextModule() {
        super("councilkpi-strict-text");
        addDeserializer(String.class, new Text());
        addDeserializer(OffsetDateTime.class, new Dated<>(OffsetDateTime.class, DATE_TIME, DATE_TIME_MESSAGE,
                OffsetDateTime::from, t -> t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()));
        addDeserializer(Instant.class, new Dated<>(Instant.class, DATE_TIME, DATE_TIME_MESSAGE,
                t -> OffsetDateTime.from(t).toInstant(), t -> t.atOffset(ZoneOffset.UTC).toLocalDate()));
        addDeserializer(LocalDate.class, new Dated<>(LocalDate.class, DATE, DATE_MESSAGE, LocalDate::from, t -> t));
        addDeserializer(BigDecimal.class, new Figure());
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

    /** A date or an instant: a JSON string in exactly one form, within the years the service holds. */
    private static final class Dated<T> extends StdScalarDeserializer<T> {
        private final DateTimeFormatter form;
        private final String message;
        private final Function<TemporalAccessor, T> from;
        private final Function<T, LocalDate> day;

        Dated(Class<T> type, DateTimeFormatter form, String message, Function<TemporalAccessor, T> from,
              Function<T, LocalDate> day) {
            super(type);
            this.form = form;
            this.message = message;
            this.from = from;
            this.day = day;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw refused(parser, message);
            }
            T value;
            try {
                value = from.apply(form.parse(parser.getText()));
            } catch (DateTimeException e) {
                throw refused(parser, message);
            }
            LocalDate date;
            try {
                date = day.apply(value);
            } catch (DateTimeException e) {
                throw refused(parser, RANGE_MESSAGE);
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw refused(parser, RANGE_MESSAGE);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /**
     * A figure as Jackson reads it, with the trailing zeros it was written with dropped when they would count against
     * {@link NumberLimits#FRACTION_DIGITS} ({@code 1.50000000} is 1.5, {@code 100000e-4} is 10); a figure within the
     * limits keeps its written scale ({@code 20.0} stays 20.0).
     */
    private static final class Figure extends StdScalarDeserializer<BigDecimal> {
        Figure() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal figure = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (figure == null || figure.scale() <= NumberLimits.FRACTION_DIGITS) {
                return figure;
            }
            BigDecimal value = figure.stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return NumberDeserializers.BigDecimalDeserializer.instance.getEmptyValue(context);
        }
    }
}
