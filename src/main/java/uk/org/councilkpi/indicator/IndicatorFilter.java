package uk.org.councilkpi.indicator;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.org.councilkpi.status.Polarity;

/** Which indicators a list or a scorecard covers; every criterion is optional and they combine with AND. */
public class IndicatorFilter {

    @QueryParam("service")
    @Parameter(description = "Only indicators of this service (exact match)", example = "Safeguarding")
    public String service;

    @QueryParam("directorate")
    @Parameter(description = "Only indicators of this directorate (exact match)", example = "Cheshire East Children and Families")
    public String directorate;

    @QueryParam("planPriority")
    @Parameter(description = "Only indicators serving this plan priority (exact match)", example = "2 Feel & Be Safe")
    public String planPriority;

    @QueryParam("corporatePriority")
    @Parameter(description = "Only indicators serving this corporate priority (exact match)", example = "Outcome 5")
    public String corporatePriority;

    @QueryParam("key")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(description = "Only key indicators (true) or only the others (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String key;

    @QueryParam("polarity")
    @Pattern(regexp = "HIGHER_IS_BETTER|LOWER_IS_BETTER|NONE", message = "must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE")
    @Parameter(description = "Only indicators of this polarity", schema = @Schema(implementation = Polarity.class))
    public String polarity;

    @QueryParam("plan")
    @Pattern(regexp = uk.org.councilkpi.common.Refs.PATTERN, message = uk.org.councilkpi.common.Refs.MESSAGE)
    @Parameter(description = "Only indicators serving a priority or objective of this plan (its ref)", example = "CYP 2024-27")
    public String plan;

    @QueryParam("objective")
    @Pattern(regexp = uk.org.councilkpi.common.Refs.PATTERN, message = uk.org.councilkpi.common.Refs.MESSAGE)
    @Parameter(description = "Only indicators serving this priority or objective (its ref), or, for a priority, an"
            + " objective under it", example = "CYP P1")
    public String objective;

    Boolean keyValue() {
        return key == null ? null : Boolean.valueOf(key);
    }

    Polarity polarityValue() {
        return polarity == null ? null : Polarity.valueOf(polarity);
    }
}
