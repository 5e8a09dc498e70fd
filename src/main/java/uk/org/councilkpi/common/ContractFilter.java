package uk.org.councilkpi.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The rules that make the generated contract exact, applied to every operation and schema rather than written out on
 * each (registered as {@code mp.openapi.filter}; it runs {@link SecurityResponsesFilter} first):
 * <ul>
 *   <li>an answer's properties are all {@code required} (the service writes every one, {@code null} where the record
 *   component is {@code @Schema(nullable = true)}), unless the schema lists its own; request schemas refuse unknown
 *   properties ({@code additionalProperties: false}), as the service does;</li>
 *   <li>no {@code $ref} has siblings: a described or nullable reference becomes {@code allOf: [$ref]};</li>
 *   <li>{@code period}, {@code ref} and {@code asAt} parameters carry the patterns the service enforces;</li>
 *   <li>the caching, concurrency and rate-limit headers are declared where the service sends or reads them;</li>
 *   <li>schema names a client generator turns into good class names; the meaning of every enum value
 *   ({@link ContractVocabulary}), since the pure rule enums carry no OpenAPI annotations.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    /** Years 1900-2999, as {@link AsAt} accepts, then the rest of an ISO-8601 instant with its offset. */
    static final String AS_AT_PATTERN = "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$";
    /** A financial year (2017-18) or one of its quarters (2017-18-Q2); the second year must follow the first. */
    static final String PERIOD_PATTERN = "^[0-9]{4}-[0-9]{2}(-Q[1-4])?$";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Map<String, String> RENAMED = Map.of("PageResponseIndicatorResponse", "IndicatorPage");
    private static final Set<String> DATE_TIMES = Set.of("Instant", "OffsetDateTime");
    private static final Set<String> CACHED_READS = Set.of("getScorecard", "getIndicatorHistory");
    private static final Set<String> FIGURE_ETAGS = Set.of("getValue", "putValue");

    private final SecurityResponsesFilter security = new SecurityResponsesFilter();

    @Override
    public Operation filterOperation(Operation operation) {
        return security.filterOperation(operation);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return schema;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (DATE_TIMES.contains(name)) {
            schema.setRef(null);
            schema.addType(SchemaType.STRING);
            schema.setFormat("date-time");
            return schema;
        }
        if (RENAMED.containsKey(name)) {
            schema.setRef(SCHEMAS + RENAMED.get(name));
        }
        if (schema.getAll().size() > 1) { // a $ref with siblings: the siblings would be ignored
            Schema target = OASFactory.createSchema().ref(schema.getRef());
            schema.setRef(null);
            List<SchemaType> types = schema.getType();
            boolean nullable = types != null && types.contains(SchemaType.NULL);
            schema.setType(nullable ? new ArrayList<>(List.of(SchemaType.NULL)) : null);
            schema.setExamples(null);
            schema.setDefaultValue(null);
            schema.setAllOf(new ArrayList<>(List.of(target)));
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("The service itself: every path starts at the host it is served from"))));
        Map<String, Schema> schemas = new java.util.TreeMap<>(api.getComponents().getSchemas());
        for (var renamed : RENAMED.entrySet()) {
            Schema schema = schemas.remove(renamed.getKey());
            if (schema != null) {
                schemas.put(renamed.getValue(), schema);
            }
        }
        DATE_TIMES.forEach(schemas::remove);
        Set<String> requests = requestSchemas(api);
        for (var entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            ContractVocabulary.describe(entry.getKey(), schema);
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            if (requests.contains(entry.getKey())) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            } else if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        api.getComponents().setSchemas(new LinkedHashMap<>(schemas));
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(this::operation));
        }
    }

    private void operation(Operation operation) {
        String id = operation.getOperationId();
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ContractFilter::parameter);
        }
        if (CACHED_READS.contains(id)) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The ETag of the copy the client holds: 304 without a body while it is still current")
                    .schema(string()).example("\"5d41402abc4b2a76b9719d911017c592\""));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            boolean success = status.startsWith("2") || status.equals("304");
            if (success) {
                header(response, "X-RateLimit-Limit", "How many requests this caller may send at once (the bucket's"
                        + " size); absent when the rate limit is off", integer());
                header(response, "X-RateLimit-Remaining", "How many requests this caller may still send now", integer());
            }
            if (status.equals("201")) {
                header(response, "Location", "Where the created resource can be read", string().format("uri-reference"));
            }
            if (CACHED_READS.contains(id) && (status.equals("200") || status.equals("304"))) {
                header(response, "ETag", "A strong validator of the answer's bytes: send it as If-None-Match to get 304"
                        + " while nothing changed", string());
                header(response, "Last-Modified", "When anything shown last changed (the answer's lastUpdated)", string());
                header(response, "Cache-Control", "How the answer may be kept: private, no-cache (revalidate with"
                        + " If-None-Match before each use)", string());
                header(response, "Vary", "The answer depends on Accept (JSON or CSV) and Authorization (drafts are shown"
                        + " to editors only)", string());
            }
            if (FIGURE_ETAGS.contains(id) && status.startsWith("2")) {
                header(response, "ETag", "The figure's version: send it as If-Match to change or delete it safely", string());
            }
        });
    }

    private static void parameter(Parameter parameter) {
        if (parameter.getRef() != null || parameter.getSchema() == null) {
            return;
        }
        Schema schema = parameter.getSchema();
        switch (parameter.getName()) {
            case "period" -> {
                schema.setPattern(PERIOD_PATTERN);
                if (parameter.getDescription() == null) {
                    parameter.setDescription("A financial year (2017-18: its outturn) or a quarter (2017-18-Q2)");
                }
            }
            case "ref" -> {
                schema.setPattern(Refs.PATTERN);
                schema.setMaxLength(40);
                if (parameter.getDescription() == null) {
                    parameter.setDescription("The indicator's ref, the council's own code (URL-encode a space)");
                }
                if (parameter.getExample() == null) {
                    parameter.setExample("1.5");
                }
            }
            case "asAt" -> schema.setPattern(AS_AT_PATTERN);
            default -> {
            }
        }
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader().description(description).schema(schema);
        response.addHeader(name, header);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO);
    }

    /** Every schema reachable from a request body: those describe what the service reads. */
    private static Set<String> requestSchemas(OpenAPI api) {
        Set<String> found = new HashSet<>();
        List<String> pending = new ArrayList<>();
        if (api.getPaths() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                            visit(media.getSchema(), s -> refName(s).ifPresent(pending::add));
                        }
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (found.add(name)) {
                visit(api.getComponents().getSchemas().get(name), s -> refName(s).ifPresent(pending::add));
            }
        }
        return found;
    }

    private static java.util.Optional<String> refName(Schema schema) {
        String ref = schema.getRef();
        return ref == null ? java.util.Optional.empty() : java.util.Optional.of(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static void visit(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> visit(s, action));
        }
        visit(schema.getItems(), action);
        visit(schema.getAdditionalPropertiesSchema(), action);
        for (List<Schema> list : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (list != null) {
                list.forEach(s -> visit(s, action));
            }
        }
    }

}
