package uk.org.councilkpi.problem;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import uk.org.councilkpi.security.Role;

/** The role an operation needs, from its {@code @RolesAllowed} (on the method, else on its class), in words. */
final class RequiredRole {

    private RequiredRole() {
    }

    static String describe(SimpleResourceInfo resource) {
        return of(resource).map(role -> "This needs the role '" + role.wireName() + "'"
                        + (role == Role.ADMIN ? "" : " or one that includes it ("
                        + String.join(", ", Arrays.stream(Role.values()).filter(r -> r.compareTo(role) > 0)
                        .map(Role::wireName).toList()) + ")"))
                .orElse("This needs an API key");
    }

    static Optional<Role> of(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        RolesAllowed allowed = null;
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            allowed = method.getAnnotation(RolesAllowed.class);
        } catch (NoSuchMethodException e) {
            // fall back to the class
        }
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? Optional.empty() : Role.least(allowed.value());
    }
}
