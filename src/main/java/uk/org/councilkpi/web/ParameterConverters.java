package uk.org.councilkpi.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.org.councilkpi.common.AsAt;
import uk.org.councilkpi.problem.ApiException;

/**
 * Whole-number and instant path, query and header parameters read so that a value that is not one is a 400 problem
 * naming the parameter ({@code /feed?limit=abc}, {@code /keys/abc}, {@code ?asAt=27/11/2017}), where JAX-RS would
 * answer 404 for a path or query parameter it cannot convert. A whole number is ASCII digits with an optional minus,
 * as a {@code @Pattern} of {@code [0-9]} reads {@code size} and {@code periods}: no sign {@code +}, no spaces, no
 * leading zero, no other script's digits ({@code Integer.valueOf} would take full-width ２). An instant is read by
 * {@link AsAt#parse(String, String)}.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** A whole number as written: {@code 0}, or ASCII digits without a leading zero, with an optional minus. */
    static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]*");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Long::valueOf);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new AnInstant(name);
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private record WholeNumber<T extends Number>(String name, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            try {
                if (value == null) {
                    return null;
                }
                if (!WHOLE_NUMBER.matcher(value).matches()) {
                    throw new NumberFormatException(value);
                }
                return parse.apply(value);
            } catch (NumberFormatException e) {
                throw new BadRequestException(ApiException.invalid(name, "must be a whole number"));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    /** An ISO-8601 instant with its offset; absent or blank: null. */
    private record AnInstant(String name) implements ParamConverter<Instant> {

        @Override
        public Instant fromString(String value) {
            try {
                return AsAt.parse(name, value);
            } catch (ApiException e) {
                throw new BadRequestException(e);
            }
        }

        @Override
        public String toString(Instant value) {
            return value == null ? null : value.toString();
        }
    }
}
