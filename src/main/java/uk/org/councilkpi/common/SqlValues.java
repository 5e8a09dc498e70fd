package uk.org.councilkpi.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the values of native SQL results, whose Java types depend on the driver and Hibernate. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    public static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
