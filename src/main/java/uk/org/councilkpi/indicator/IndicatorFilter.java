package uk.org.councilkpi.indicator;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.status.Polarity;

/**
 * Which indicators a list, a scorecard, a report or a template covers; every criterion is optional and they combine
 * with AND. The one definition of the filter: its query parameters (a parameter container), the clauses the
 * repository runs ({@link #criteria()}, for the current definitions and for those of an earlier instant alike), and,
 * being a record, part of the read cache's key as a whole. A new criterion is a component here and its line in
 * {@link #criteria()}; {@code IndicatorFilterTest} fails when the line is missing.
 */
public record IndicatorFilter(
        @QueryParam("service")
        @Parameter(description = "Only indicators of this service (exact match)", example = "Safeguarding")
        String service,

        @QueryParam("directorate")
        @Parameter(description = "Only indicators of this directorate (exact match)", example = "Cheshire East Children and Families")
        String directorate,

        @QueryParam("planPriority")
        @Parameter(description = "Only indicators serving this plan priority (exact match)", example = "2 Feel & Be Safe")
        String planPriority,

        @QueryParam("corporatePriority")
        @Parameter(description = "Only indicators serving this corporate priority (exact match)", example = "Outcome 5")
        String corporatePriority,

        @QueryParam("key")
        @Pattern(regexp = "true|false", message = "must be true or false")
        @Parameter(description = "Only key indicators (true) or only the others (false)",
                schema = @Schema(type = SchemaType.BOOLEAN))
        String key,

        @QueryParam("polarity")
        @Pattern(regexp = "HIGHER_IS_BETTER|LOWER_IS_BETTER|NONE", message = "must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE")
        @Parameter(description = "Only indicators of this polarity", schema = @Schema(implementation = Polarity.class))
        String polarity,

        @QueryParam("plan")
        @Ref
        @Parameter(description = "Only indicators serving a priority or objective of this plan (its ref)", example = "CYP 2024-27")
        String plan,

        @QueryParam("objective")
        @Ref
        @Parameter(description = "Only indicators serving this priority or objective (its ref), or, for a priority, an"
                + " objective under it", example = "CYP P1")
        String objective) {

    /** No criterion: every indicator. */
    public static final IndicatorFilter ALL = new IndicatorFilter(null, null, null, null, null, null, null, null);

    /**
     * One criterion as the repository runs it: a JPQL clause on {@link Indicator}, the same clause in SQL on the
     * {@code indicator} table (with {@code {t}} for its alias), and the typed value bound to {@code :name} in both.
     */
    public record Criterion(String name, String jpql, String sql, Object value) {

        /** An exact match of an entity property and its column. */
        static Criterion equal(String name, String property, String column, Object value) {
            return new Criterion(name, property + " = :" + name, "{t}." + column + " = :" + name, value);
        }

        /** The value as SQL binds it: an enum by its name, as stored. */
        Object sqlValue() {
            return value instanceof Enum<?> e ? e.name() : value;
        }
    }

    /** The criteria that apply (those given), in a stable order. */
    public List<Criterion> criteria() {
        return Stream.of(
                        Criterion.equal("service", "service", "service", service),
                        Criterion.equal("directorate", "directorate", "directorate", directorate),
                        Criterion.equal("planPriority", "planPriority", "plan_priority", planPriority),
                        Criterion.equal("corporatePriority", "corporatePriority", "corporate_priority", corporatePriority),
                        Criterion.equal("key", "keyIndicator", "key_indicator", key == null ? null : Boolean.valueOf(key)),
                        Criterion.equal("polarity", "polarity", "polarity", polarity == null ? null : Polarity.valueOf(polarity)),
                        // memberships have no history: a read of the past filters by today's membership
                        new Criterion("plan",
                                "id in (select i.id from Objective o join o.indicators i where o.plan.ref = :plan)",
                                "{t}.id in (select oi.indicator_id from objective_indicator oi join objective o"
                                        + " on o.id = oi.objective_id join plan p on p.id = o.plan_id where p.ref = :plan)",
                                plan),
                        new Criterion("objective",
                                "id in (select i.id from Objective o join o.indicators i left join o.parent par"
                                        + " where o.ref = :objective or par.ref = :objective)",
                                "{t}.id in (select oi.indicator_id from objective_indicator oi join objective o"
                                        + " on o.id = oi.objective_id left join objective par on par.id = o.parent_id"
                                        + " where o.ref = :objective or par.ref = :objective)",
                                objective))
                .filter(c -> c.value() != null)
                .toList();
    }
}
