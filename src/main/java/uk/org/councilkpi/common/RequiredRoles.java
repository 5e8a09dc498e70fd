package uk.org.councilkpi.common;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.org.councilkpi.changes.ChangesResource;
import uk.org.councilkpi.comparator.ComparatorResource;
import uk.org.councilkpi.feed.FeedResource;
import uk.org.councilkpi.importing.ImportResource;
import uk.org.councilkpi.indicator.IndicatorResource;
import uk.org.councilkpi.override.OverrideResource;
import uk.org.councilkpi.publication.PublicationResource;
import uk.org.councilkpi.scorecard.HistoryResource;
import uk.org.councilkpi.scorecard.ScorecardResource;
import uk.org.councilkpi.security.ApiKeyResource;
import uk.org.councilkpi.security.Role;
import uk.org.councilkpi.signoff.SignoffResource;
import uk.org.councilkpi.target.TargetResource;
import uk.org.councilkpi.value.ValueResource;

/**
 * The least role each operation needs, by operationId, from its {@code @RolesAllowed} (the method's, else its
 * class's). OpenAPI 3.0 does not let a bearer security requirement list roles, so the contract gives the role as
 * {@code x-required-role}.
 */
final class RequiredRoles {

    private static final List<Class<?>> RESOURCES = List.of(ApiKeyResource.class, ChangesResource.class,
            ComparatorResource.class, FeedResource.class, HistoryResource.class, ImportResource.class,
            IndicatorResource.class, OverrideResource.class, PublicationResource.class, ScorecardResource.class,
            SignoffResource.class, TargetResource.class, ValueResource.class,
            uk.org.councilkpi.chart.ChartResource.class, uk.org.councilkpi.report.ReportResource.class,
            uk.org.councilkpi.report.QuarterlyReportResource.class, uk.org.councilkpi.collection.CollectionResource.class,
            uk.org.councilkpi.plan.PlanResource.class, uk.org.councilkpi.plan.ObjectiveResource.class,
            uk.org.councilkpi.milestone.MilestoneResource.class, uk.org.councilkpi.milestone.ProgressResource.class,
            uk.org.councilkpi.milestone.PeriodMilestonesResource.class);
    private static final Map<String, Role> BY_OPERATION = new HashMap<>();

    static {
        for (Class<?> resource : RESOURCES) {
            RolesAllowed byClass = resource.getAnnotation(RolesAllowed.class);
            for (Method method : resource.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : byClass;
                if (operation != null && !operation.operationId().isEmpty() && roles != null) {
                    Arrays.stream(roles.value()).map(Role::fromWire).flatMap(Optional::stream).min(Enum::compareTo)
                            .ifPresent(role -> BY_OPERATION.put(operation.operationId(), role));
                }
            }
        }
    }

    private RequiredRoles() {
    }

    static Optional<Role> of(String operationId) {
        return Optional.ofNullable(BY_OPERATION.get(operationId));
    }
}
