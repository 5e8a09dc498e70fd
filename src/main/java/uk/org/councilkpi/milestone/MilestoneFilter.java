package uk.org.councilkpi.milestone;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.Refs;

/** Which milestones a list covers; every criterion is optional and they combine with AND. */
public class MilestoneFilter {

    @QueryParam("plan")
    @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE)
    @Parameter(description = "Only milestones of this plan's priorities and objectives (its ref)", example = "CYP 2024-27")
    public String plan;

    @QueryParam("objective")
    @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE)
    @Parameter(description = "Only milestones of this priority or objective, or, for a priority, of an objective under it",
            example = "CYP P1")
    public String objective;

    @QueryParam("directorate")
    @Parameter(description = "Only milestones of this directorate (exact match)", example = "Children and Families")
    public String directorate;

    @QueryParam("service")
    @Parameter(description = "Only milestones of this service (exact match)", example = "Education")
    public String service;

    @QueryParam("kind")
    @Pattern(regexp = "MILESTONE|RISK_CONTROL_MEASURE|ACTION", message = "must be one of MILESTONE, RISK_CONTROL_MEASURE, ACTION")
    @Parameter(description = "Only milestones of this kind", schema = @Schema(implementation = MilestoneKind.class))
    public String kind;

    /** Everything of the filter, for a read cache's key. */
    public java.util.List<Object> key() {
        return java.util.Arrays.asList(plan, objective, directorate, service, kind);
    }
}
