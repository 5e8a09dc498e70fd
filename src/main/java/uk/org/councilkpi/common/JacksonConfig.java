package uk.org.councilkpi.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A strict reading of requests (no "12" for 12, no 12 for "12", no 1.5 for an integer, no "" or " " for a number or
 * true/false, nothing after the JSON, no unknown fields: a typo is an error, not a silently dropped field; no field
 * twice, so that a validator in front and the service cannot read different values; no control characters in text,
 * dates only as ISO-8601 strings within 1900-2999: {@link StrictTextModule}) and figures written in plain notation
 * (100, never 1E+2).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    /** Applied after Quarkus' own customizers, so that {@link StrictTextModule}'s readers of dates win over Jackson's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new StrictTextModule());
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        // An empty string, or one of only spaces or control characters ("\u0000", "\t"), is not "no value" for any
        // type: Jackson would read it as null (or 0, false) for a number, true/false or date, even with the scalar
        // coercions above turned off. Text fields are not affected (a string is always read as itself).
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
