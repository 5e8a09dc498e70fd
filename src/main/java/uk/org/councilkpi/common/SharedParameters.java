package uk.org.councilkpi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters that mean the same on every operation that takes them, said once: each is described here,
 * declared once under {@code components.parameters} and referred to by every operation, so no two operations can
 * describe it differently (resources declare only {@code @QueryParam}, its check and, where the Java type does not
 * say it, its schema).
 */
final class SharedParameters {

    private record Shared(String component, String description, Object example) {
    }

    private static final Map<String, Shared> SHARED = Map.of(
            "asAt", new Shared("AsAt", "Read it as it stood at this instant: ISO-8601 with its offset, years 1900 to"
                    + " 2999 (what a caller may see of it is as the operation says)", "2017-11-27T09:00:00Z"),
            "basis", new Shared("Basis", "Rate direction of travel on this basis instead of each indicator's own"
                    + " default", null),
            "by", new Shared("RemovedBy", "Who removes it, recorded beside the authenticated caller in the history",
                    null));

    private SharedParameters() {
    }

    /** Describes the shared query parameters of an operation, before the contract filter completes their schemas. */
    static void describe(Operation operation) {
        for (Parameter parameter : parameters(operation)) {
            Shared shared = shared(parameter);
            if (shared != null) {
                parameter.setDescription(shared.description());
                parameter.setExample(shared.example());
            }
        }
    }

    /** Declares each shared parameter once and makes every operation refer to it. */
    static void refer(OpenAPI api, Operation operation) {
        List<Parameter> parameters = parameters(operation);
        for (int i = 0; i < parameters.size(); i++) {
            Shared shared = shared(parameters.get(i));
            if (shared == null) {
                continue;
            }
            if (api.getComponents().getParameters() == null
                    || !api.getComponents().getParameters().containsKey(shared.component())) {
                api.getComponents().addParameter(shared.component(), parameters.get(i));
            }
            parameters.set(i, OASFactory.createParameter().ref(shared.component()));
        }
        if (!parameters.isEmpty()) {
            operation.setParameters(parameters);
        }
    }

    private static Shared shared(Parameter parameter) {
        return parameter.getRef() == null && parameter.getIn() == Parameter.In.QUERY ? SHARED.get(parameter.getName()) : null;
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
    }
}
