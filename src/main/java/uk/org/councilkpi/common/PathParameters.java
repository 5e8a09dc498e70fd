package uk.org.councilkpi.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What each path parameter means, said once for every operation of its path, so that no operation can describe it
 * differently (resources declare only {@code @PathParam} and its check):
 * <ul>
 *   <li>a {@code {ref}} or {@code {id}} names a member of the collection before it (an indicator, a plan, an
 *   objective, a milestone, an API key);</li>
 *   <li>a {@code {period}} is a quarter or a financial year; under milestones it is a quarter only, since milestones
 *   are rated each quarter; under targets a year means the annual target, elsewhere the year's outturn.</li>
 * </ul>
 */
final class PathParameters {

    /** A financial year (2017-18) or one of its quarters (2017-18-Q2). */
    static final String PERIOD_PATTERN = "^[0-9]{4}-[0-9]{2}(-Q[1-4])?$";
    /** One quarter of a financial year (2024-25-Q1). */
    static final String QUARTER_PATTERN = "^[0-9]{4}-[0-9]{2}-Q[1-4]$";
    private static final int REF_LENGTH = 40;

    private record Meaning(String description, Object example, String pattern) {
    }

    private static final Map<String, Meaning> MEMBERS = Map.of(
            "indicators", ref("The indicator's ref, the council's own code (URL-encode a space)", "1.5"),
            "plans", ref("The plan's ref (URL-encode a space)", "CYP 2024-27"),
            "objectives", ref("The priority's or objective's ref (URL-encode a space)", "CYP P1"),
            "milestones", ref("The ref of the milestone, risk control measure or action (URL-encode a space)", "P1.1"),
            "keys", new Meaning("The key's id, as issued (not the key itself)", 3L, null));

    private static final Meaning QUARTER = new Meaning("A quarter, such as 2024-25-Q1: milestones are rated each quarter",
            "2024-25-Q1", QUARTER_PATTERN);
    private static final Meaning TARGET_PERIOD = new Meaning("A financial year (2017-18: its annual target) or a"
            + " quarter (2017-18-Q2: that quarter's own target, which wins over its year's)", "2017-18", PERIOD_PATTERN);
    private static final Meaning PERIOD = new Meaning("A quarter (2017-18-Q2), or a financial year (2017-18) for its"
            + " outturn", "2017-18-Q2", PERIOD_PATTERN);

    private PathParameters() {
    }

    private static Meaning ref(String description, String example) {
        return new Meaning(description, example, Refs.PATTERN);
    }

    /**
     * Declares the path parameters of {@code path} once, on the path itself (OpenAPI's place for what every operation
     * of a path shares), described by what they name; the operations keep only their own parameters.
     */
    static void describe(String path, PathItem item) {
        List<String> segments = List.of(path.split("/"));
        Map<String, Parameter> shared = new LinkedHashMap<>();
        for (Operation operation : item.getOperations().values()) {
            if (operation.getParameters() == null) {
                continue;
            }
            for (Parameter parameter : List.copyOf(operation.getParameters())) {
                if (parameter.getIn() == Parameter.In.PATH) {
                    shared.putIfAbsent(parameter.getName(), parameter);
                    operation.removeParameter(parameter);
                }
            }
            if (operation.getParameters().isEmpty()) {
                operation.setParameters(null);
            }
        }
        shared.values().forEach(parameter -> {
            Meaning meaning = meaning(path, segments, parameter.getName());
            parameter.setDescription(meaning.description());
            parameter.setExample(meaning.example());
            if (meaning.pattern() != null) {
                Schema schema = parameter.getSchema();
                schema.setPattern(meaning.pattern());
                schema.setMaxLength(meaning.pattern().equals(Refs.PATTERN) ? REF_LENGTH : null);
            }
            item.addParameter(parameter);
        });
    }

    private static Meaning meaning(String path, List<String> segments, String name) {
        int at = segments.indexOf("{" + name + "}");
        String before = segments.get(at - 1);
        if (name.equals("period")) {
            return path.contains("/milestones") ? QUARTER : before.equals("targets") ? TARGET_PERIOD : PERIOD;
        }
        Meaning member = MEMBERS.get(before);
        if (member == null) {
            throw new IllegalStateException("No meaning for path parameter {" + name + "} of " + path
                    + ": say what it names in PathParameters");
        }
        return member;
    }
}
