package uk.org.councilkpi.perperiod;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a kind of per-period record is, for {@link PeriodRecordService}.
 *
 * @param noun what a missing one is called: "Indicator '1.5' has no {noun} for 2017-18"
 * @param lock whether sign-off locks it
 * @param create a new, empty record
 * @param answer the record as the API answers it
 * @param statedAuthor who a request says writes, when not the caller (null when it cannot say)
 */
public record PeriodKind<E extends PeriodRecord, Q, R>(String noun, SignoffLock lock, Supplier<E> create,
                                                        Function<E, R> answer, Function<Q, String> statedAuthor) {
}
