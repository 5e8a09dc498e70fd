package uk.org.councilkpi.milestone;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.Ref;

/** Which milestones a list covers; every criterion is optional and they combine with AND. */
/** Being a record, it is part of a read cache's key as a whole: a new criterion cannot be left out of the key. */
public record MilestoneFilter(

    @QueryParam("plan")
    @Ref
    @Parameter(description = "Only milestones of this plan's priorities and objectives (its ref)", example = "CYP 2024-27")
    String plan,

    @QueryParam("objective")
    @Ref
    @Parameter(description = "Only milestones of this priority or objective, or, for a priority, of an objective under it",
            example = "CYP P1")
    String objective,

    @QueryParam("directorate")
    @Parameter(description = "Only milestones of this directorate (exact match)", example = "Children and Families")
    String directorate,

    @QueryParam("service")
    @Parameter(description = "Only milestones of this service (exact match)", example = "Education")
    String service,

    @QueryParam("kind")
    @Pattern(regexp = "MILESTONE|RISK_CONTROL_MEASURE|ACTION", message = "must be one of MILESTONE, RISK_CONTROL_MEASURE, ACTION")
    @Parameter(description = "Only milestones of this kind", schema = @Schema(implementation = MilestoneKind.class))
    String kind) {

    /** No criterion: every milestone. */
    public static final MilestoneFilter ALL = new MilestoneFilter(null, null, null, null, null);
}
