package uk.org.councilkpi.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.councilkpi.report.ReportQuery;
import uk.org.councilkpi.scorecard.ScorecardQuery;

/**
 * Every component of the indicator filter, found by reflection (a criterion added later is covered without editing
 * this test): it is a query parameter of its own name, it gives exactly its own criterion (in JPQL and in SQL), and
 * two reads that differ only in it are different read-cache keys.
 */
public class IndicatorFilterTest {

    public static Stream<RecordComponent> components() {
        return Arrays.stream(IndicatorFilter.class.getRecordComponents());
    }

    /** The filter with only this component set, to a value it accepts (the first its pattern allows, if it has one). */
    static IndicatorFilter only(RecordComponent component) {
        return with(component, values(component).get(0));
    }

    /** Values a component accepts: each alternative of its pattern, or else any text. */
    public static List<String> values(RecordComponent component) {
        Pattern pattern = field(component).getAnnotation(Pattern.class);
        boolean choice = pattern != null && pattern.regexp().matches("\\w+(\\|\\w+)*"); // one of some words
        return choice ? List.of(pattern.regexp().split("\\|")) : List.of("no such " + component.getName());
    }

    /** The query parameter a component is read from. */
    public static String parameter(RecordComponent component) {
        return field(component).getAnnotation(QueryParam.class).value();
    }

    static IndicatorFilter with(RecordComponent component, String value) {
        RecordComponent[] all = IndicatorFilter.class.getRecordComponents();
        Object[] arguments = new Object[all.length];
        for (int i = 0; i < all.length; i++) {
            assertEquals(String.class, all[i].getType(), "filter values are read as text, checked by their pattern");
            arguments[i] = all[i].getName().equals(component.getName()) ? value : null;
        }
        try {
            return IndicatorFilter.class.getDeclaredConstructor(Arrays.stream(all).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.lang.reflect.Field field(RecordComponent component) {
        try {
            return IndicatorFilter.class.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("components")
    void shouldReadEveryComponentFromTheQueryParameterOfItsName(RecordComponent component) {
        assertEquals(component.getName(), parameter(component));
    }

    @ParameterizedTest
    @MethodSource("components")
    void shouldGiveEveryComponentItsOwnCriterion(RecordComponent component) {
        assertTrue(IndicatorFilter.ALL.criteria().isEmpty());
        for (String value : values(component)) {
            List<IndicatorFilter.Criterion> criteria = with(component, value).criteria();
            assertEquals(1, criteria.size(), component.getName() + "=" + value + " gives no criterion: add its line"
                    + " to IndicatorFilter.criteria()");
            IndicatorFilter.Criterion criterion = criteria.get(0);
            assertEquals(component.getName(), criterion.name());
            assertTrue(criterion.jpql().contains(":" + criterion.name()), criterion.jpql());
            assertTrue(criterion.sql().contains("{t}.") && criterion.sql().contains(":" + criterion.name()),
                    criterion.sql());
        }
    }

    @ParameterizedTest
    @MethodSource("components")
    void shouldKeyReadsThatDifferOnlyInOneCriterionApart(RecordComponent component) {
        IndicatorFilter filter = only(component);
        assertNotEquals(IndicatorFilter.ALL, filter);
        ScorecardQuery all = new ScorecardQuery("2017-18-Q2", IndicatorFilter.ALL, null, null, null, false);
        ScorecardQuery filtered = new ScorecardQuery("2017-18-Q2", filter, null, null, null, false);
        assertNotEquals(all, filtered);
        assertFalse(new ReportQuery(all, null, null, false).equals(new ReportQuery(filtered, null, null, false)));
    }
}
