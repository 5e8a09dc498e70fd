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
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.org.councilkpi.status.NumberLimits;

/**
 * The rules that make the generated contract exact, applied to every operation and schema rather than written out on
 * each (registered as {@code mp.openapi.filter}; it runs {@link SecurityResponsesFilter} first):
 * <ul>
 *   <li>an answer's properties are all {@code required} (the service writes every one, {@code null} where the record
 *   component is {@code @Schema(nullable = true)}), unless the schema lists its own; request schemas refuse unknown
 *   properties ({@code additionalProperties: false}), as the service does;</li>
 *   <li>no {@code $ref} has siblings: a described or nullable reference becomes {@code allOf: [$ref]};</li>
 *   <li>path parameters mean what {@link PathParameters} says, and the query parameters shared by several operations
 *   what {@link SharedParameters} says; {@code period} and {@code asAt} carry the patterns the service enforces;</li>
 *   <li>the caching, concurrency and rate-limit headers are declared where the service sends or reads them (a read
 *   that answers 304 is a cached read: it reads {@code If-None-Match} and sends ETag, Last-Modified, Cache-Control
 *   and Vary; a resource whose PUT reads {@code If-Match} sends its version as ETag on what it answers (not on DELETE's 204); every answer,
 *   shared problem answers included, may carry the rate-limit headers and {@code Cache-Control: no-store}; a 401
 *   says {@code WWW-Authenticate});</li>
 *   <li>schema names a client generator turns into good class names; the meaning of every enum value
 *   ({@link ContractVocabulary}), since the pure rule enums carry no OpenAPI annotations.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    /** Years 1900-2999, as {@link AsAt} accepts, then the rest of an ISO-8601 instant with its offset. */
    static final String AS_AT_PATTERN = "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RATE_LIMIT = "RateLimitLimit";
    private static final String RATE_REMAINING = "RateLimitRemaining";
    private static final String NO_STORE = "NoStore";
    private static final Map<String, String> RENAMED = Map.of("PageResponseIndicatorResponse", "IndicatorPage");
    private static final Set<String> DATE_TIMES = Set.of("Instant", "OffsetDateTime");

    private final SecurityResponsesFilter security = new SecurityResponsesFilter();
    private Map<String, Schema> schemas = Map.of();

    @Override
    public Operation filterOperation(Operation operation) {
        return security.filterOperation(operation);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        collapseNullableAnyOf(schema);
        decimalLimits(schema);
        String ref = schema.getRef();
        if (ref == null) {
            return schema;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (DATE_TIMES.contains(name)) {
            schema.setRef(null);
            List<SchemaType> types = schema.getType() == null ? new ArrayList<>() : new ArrayList<>(schema.getType());
            types.remove(SchemaType.STRING);
            types.add(0, SchemaType.STRING);
            schema.setType(types);
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

    /**
     * {@code @Digits} ({@link NumberLimits}) comes out as {@code multipleOf: 0.000001}, which JavaScript
     * validators get wrong (22.1 is not a multiple of 0.000001 in binary floating point): said in words and bounds.
     */
    private static void decimalLimits(Schema schema) {
        java.math.BigDecimal step = schema.getMultipleOf();
        if (step == null || step.signum() <= 0 || step.compareTo(java.math.BigDecimal.ONE) >= 0) {
            return;
        }
        int places = step.stripTrailingZeros().scale();
        schema.setMultipleOf(null);
        java.math.BigDecimal limit = NumberLimits.MAXIMUM;
        if (schema.getMaximum() == null) {
            schema.setMaximum(limit);
        }
        if (schema.getMinimum() == null) {
            schema.setMinimum(limit.negate());
        }
        String rule = "At most " + NumberLimits.INTEGER_DIGITS + " digits before the decimal point and " + places
                + " after it; more are refused.";
        schema.setDescription(schema.getDescription() == null ? rule : schema.getDescription() + ". " + rule);
    }

    /** SmallRye writes a nullable reference as anyOf: [X, null]; as 3.0 says it: X with nullable: true. */
    private static void collapseNullableAnyOf(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.stream().noneMatch(ContractFilter::isNullOnly)) {
            return;
        }
        Schema other = isNullOnly(anyOf.get(0)) ? anyOf.get(1) : anyOf.get(0);
        schema.setAnyOf(null);
        List<SchemaType> types = new ArrayList<>();
        if (other.getRef() != null) {
            schema.setRef(other.getRef());
        } else {
            if (other.getType() != null) {
                types.addAll(other.getType());
            }
            if (other.getFormat() != null) {
                schema.setFormat(other.getFormat());
            }
            if (other.getEnumeration() != null) {
                schema.setEnumeration(other.getEnumeration());
            }
        }
        types.add(SchemaType.NULL);
        schema.setType(types);
    }

    /**
     * A nullable reference: {@code anyOf: [$ref, null]}, the null written as 3.0 allows it ({@code nullable: true,
     * enum: [null]} with the type of what is referred to). OpenAPI 3.0.3 does not let {@code nullable} reach into an
     * {@code allOf}, and strict validators (swagger-request-validator) refuse null there, rightly.
     */
    private void typeNullableReference(Schema schema) {
        if (schema.getAllOf() == null || schema.getAllOf().size() != 1 || schema.getAllOf().get(0).getRef() == null
                || schema.getType() == null || !schema.getType().equals(List.of(SchemaType.NULL))) {
            return;
        }
        Schema reference = schema.getAllOf().get(0);
        schema.setAllOf(null);
        schema.setType(null);
        schema.setAnyOf(new ArrayList<>(List.of(reference, nullBranch(reference))));
    }

    private Schema nullBranch(Schema reference) {
        Schema target = schemas.get(refName(reference).orElseThrow());
        List<SchemaType> types = new ArrayList<>();
        if (target != null && target.getType() != null) {
            types.addAll(target.getType());
        }
        types.add(SchemaType.NULL);
        List<Object> onlyNull = new ArrayList<>();
        onlyNull.add(null);
        return OASFactory.createSchema().type(types).enumeration(onlyNull);
    }

    /** The same schema, null allowed too. */
    private Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(schema.getRef());
            return OASFactory.createSchema().anyOf(new ArrayList<>(List.of(reference, nullBranch(reference))));
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getAllOf().get(0).getRef() != null) {
            Schema reference = schema.getAllOf().get(0);
            schema.setAllOf(null);
            schema.setAnyOf(new ArrayList<>(List.of(reference, nullBranch(reference))));
            return schema;
        }
        if (schema.getType() != null && !schema.getType().isEmpty() && !schema.getType().contains(SchemaType.NULL)) {
            List<SchemaType> types = new ArrayList<>(schema.getType());
            types.add(SchemaType.NULL);
            schema.setType(types);
        }
        return schema;
    }

    private static boolean isNullOnly(Schema schema) {
        return schema.getRef() == null && ((schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL)))
                || (schema.getEnumeration() != null && schema.getEnumeration().size() == 1
                && schema.getEnumeration().get(0) == null));
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("The service itself: every path starts at the host it is served from"))));
        schemas = new java.util.TreeMap<>(api.getComponents().getSchemas());
        for (var renamed : RENAMED.entrySet()) {
            Schema schema = schemas.remove(renamed.getKey());
            if (schema != null) {
                schemas.put(renamed.getValue(), schema);
            }
        }
        DATE_TIMES.forEach(schemas::remove);
        sharedHeaders(api);
        problemAnswers(api);
        for (Schema schema : schemas.values()) {
            visit(schema, this::typeNullableReference);
        }
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> {
                definitionConflicts(path, item, api.getPaths());
                boolean versioned = readsIfMatch(item.getPUT()); // what it answers carries its version as ETag
                item.getOperations().forEach((method, operation) -> {
                    operation(operation, versioned && method != PathItem.HttpMethod.DELETE);
                    SharedParameters.refer(api, operation);
                });
                PathParameters.describe(path, item);
            });
        }
        Set<String> requests = requestSchemas(api);
        for (var entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            ContractVocabulary.describe(entry.getKey(), schema);
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            if (requests.contains(entry.getKey())) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
                // An optional field may also be sent as null: the service reads it as left out.
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
                properties.replaceAll((property, s) -> required.contains(property) ? s : nullable(s));
                schema.setProperties(properties);
            } else if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        api.getComponents().setSchemas(new LinkedHashMap<>(schemas));
    }

    /** Every shared answer ({@code components.responses}) is a problem: a Problem in application/problem+json. */
    private static void problemAnswers(OpenAPI api) {
        api.getComponents().getResponses().values().stream().filter(answer -> answer.getContent() == null)
                .forEach(answer -> answer.setContent(OASFactory.createContent().addMediaType(ApiResponses.PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + "Problem")))));
        APIResponse unauthorized = api.getComponents().getResponses().get(ApiResponses.UNAUTHORIZED_REF);
        if (unauthorized != null) {
            header(unauthorized, "WWW-Authenticate", "Bearer: send an API key (or a staff sign-on token) as"
                    + " Authorization: Bearer <key>", string());
        }
        api.getComponents().getResponses().values().forEach(answer -> {
            rateLimit(answer);
            noStore(answer);
        });
    }

    /**
     * Reopening a period and withdrawing its publication need the reason ({@code note}), which signing off and
     * publishing do not: their bodies get a schema of their own that requires it.
     */
    private void requireNote(Operation operation, String base, String name, String description) {
        MediaType media = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().getMediaType("application/json");
        Schema from = schemas.get(base);
        if (media == null || from == null || from.getProperties() == null || !from.getProperties().containsKey("note")) {
            return;
        }
        Schema note = from.getProperties().get("note");
        Map<String, Schema> properties = new LinkedHashMap<>(from.getProperties());
        properties.put("note", OASFactory.createSchema().type(note.getType()).maxLength(note.getMaxLength()).minLength(1)
                .pattern("\\S").description("The reason: required, not blank").examples(note.getExamples()));
        List<String> required = new ArrayList<>(from.getRequired() == null ? List.of() : from.getRequired());
        required.add("note");
        schemas.put(name, OASFactory.createSchema().addType(SchemaType.OBJECT).description(description)
                .properties(properties).required(required));
        media.setSchema(OASFactory.createSchema().ref(SCHEMAS + name));
    }

    private void operation(Operation operation, boolean sendsVersion) {
        String id = operation.getOperationId();
        impliedProblems(operation);
        if ("reopenPeriod".equals(id)) {
            requireNote(operation, "SignoffRequest", "ReopenRequest", "Who reopens a signed-off period, and why");
        } else if ("withdrawPeriod".equals(id)) {
            requireNote(operation, "PublicationRequest", "WithdrawalRequest", "Why a period's figures are withdrawn");
        }
        if (operation.getParameters() != null) {
            SharedParameters.describe(operation);
            operation.getParameters().forEach(this::parameter);
        }
        boolean cachedRead = operation.getResponses().hasAPIResponse("304");
        if (cachedRead) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The ETag of the copy the client holds: 304 without a body while it is still current")
                    .schema(string()).example("\"5d41402abc4b2a76b9719d911017c592\""));
        }
        OpenApiExamples.attach(operation);
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey("x-required-role")) {
            RequiredRoles.of(id).ifPresent(role -> operation.addExtension("x-required-role", role.wireName()));
        }
        if (!operation.getResponses().hasAPIResponse("406")) {
            operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse()
                    .ref(ApiResponses.NOT_ACCEPTABLE_REF));
        }
        if (operation.getRequestBody() != null && !operation.getResponses().hasAPIResponse("415")) {
            operation.getResponses().addAPIResponse("415", OASFactory.createAPIResponse()
                    .ref(ApiResponses.UNSUPPORTED_MEDIA_TYPE_REF));
        }
        if (!operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                    .ref(ApiResponses.UNAVAILABLE_REF));
        }
        inStatusOrder(operation);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            rateLimit(response);
            if (status.equals("201")) {
                header(response, "Location", "Where the created resource can be read", string().format("uri-reference"));
            }
            if (cachedRead && (status.equals("200") || status.equals("304"))) {
                header(response, "ETag", "A strong validator of the answer's bytes: send it as If-None-Match to get 304"
                        + " while nothing changed", string());
                header(response, "Last-Modified", "When anything shown last changed (in JSON, the answer's lastUpdated)", string());
                header(response, "Cache-Control", "How the answer may be kept: private, no-cache (revalidate with"
                        + " If-None-Match before each use); no-store for a caller who sees drafts", string());
                header(response, "Vary", "The answer depends on Accept (its media type) and Authorization (drafts are"
                        + " shown to editors only)", string());
            }
            if ("issueApiKey".equals(id) && status.equals("201")) {
                header(response, "Cache-Control", "no-store: the answer holds the key, which must not be kept by caches",
                        string());
            }
            if (sendsVersion && status.startsWith("2")) {
                header(response, "ETag", "Its version: send it as If-Match to change or delete it safely", string());
            }
            noStore(response);
        });
    }

    /** The headers every answer may carry, declared once ({@code components.headers}) and referred to. */
    private static void sharedHeaders(OpenAPI api) {
        api.getComponents()
                .addHeader(RATE_LIMIT, OASFactory.createHeader().schema(integer()).description("How many requests this"
                        + " caller may send at once (the bucket's size); absent when the rate limit is off"))
                .addHeader(RATE_REMAINING, OASFactory.createHeader().schema(integer())
                        .description("How many requests this caller may still send now"))
                .addHeader(NO_STORE, OASFactory.createHeader().schema(string()).description("no-store when the caller"
                        + " sees drafts (an editor or administrator) or the answer is about API keys: nothing that may"
                        + " show a draft, a suppressed number or a key is kept by a cache; absent otherwise"));
    }

    /** Every answer, whatever its status, says how many requests its caller may still send. */
    private static void rateLimit(APIResponse response) {
        sharedHeader(response, "X-RateLimit-Limit", RATE_LIMIT);
        sharedHeader(response, "X-RateLimit-Remaining", RATE_REMAINING);
    }

    /** Every answer to a caller who sees drafts, and every answer about API keys, must not be kept by a cache. */
    private static void noStore(APIResponse response) {
        sharedHeader(response, "Cache-Control", NO_STORE);
    }

    private static void sharedHeader(APIResponse response, String name, String component) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + component));
        }
    }

    /**
     * The problems an operation answers by its shape, so that each method declares only those particular to it:
     * <ul>
     *   <li>400 always: besides its own parameters and body, the edge refuses any request whose URI is malformed
     *   (control characters, bad percent-encoding, a query parameter given twice, a dot segment), whatever the
     *   operation;</li>
     *   <li>404 when its path names a resource ({@code {ref}}, {@code {id}});</li>
     *   <li>412 when it reads {@code If-Match} (a stale version is refused).</li>
     * </ul>
     */
    private static void impliedProblems(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        implied(operation, "400", ApiResponses.BAD_REQUEST_REF);
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH
                && (p.getName().equals("ref") || p.getName().equals("id")))) {
            implied(operation, "404", ApiResponses.NOT_FOUND_REF);
        }
        if (readsIfMatch(operation)) {
            implied(operation, "412", ApiResponses.PRECONDITION_FAILED_REF);
        }
    }

    /** Whether the operation (if any) reads {@code If-Match}: what it changes has a version. */
    private static boolean readsIfMatch(Operation operation) {
        return operation != null && operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && p.getName().equals("If-Match"));
    }

    /**
     * What is named by a ref (an indicator, a plan, an objective, a milestone) answers 409 when it is created with a
     * ref already taken (a POST to a collection whose members are at {@code {ref}}), when it is deleted while
     * something still depends on it (a DELETE of {@code .../{ref}}), and when two writes of it meet (a PUT or PATCH of
     * {@code .../{ref}} saved at the same moment as another: the later one is refused, not merged).
     */
    private static void definitionConflicts(String path, PathItem item, Paths paths) {
        if (item.getPOST() != null && paths.hasPathItem(path + "/{ref}")) {
            implied(item.getPOST(), "409", ApiResponses.CONFLICT_REF);
        }
        if (path.endsWith("/{ref}")) {
            for (Operation write : new Operation[] {item.getPUT(), item.getPATCH(), item.getDELETE()}) {
                if (write != null) {
                    implied(write, "409", ApiResponses.CONFLICT_REF);
                }
            }
        }
    }

    /** Adds the shared answer unless the method declares its own (SmallRye's bare "Bad Request" for a body is not). */
    private static void implied(Operation operation, String status, String ref) {
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        if (declared == null || declared.getRef() == null && declared.getContent() == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                    .ref(ref));
        }
    }

    /** The answers in the order of their status codes, however they were declared or added. */
    private static void inStatusOrder(Operation operation) {
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(operation.getResponses().getAPIResponses());
        operation.getResponses().setAPIResponses(new LinkedHashMap<>(sorted));
    }

    private void parameter(Parameter parameter) {
        if (parameter.getRef() != null || parameter.getSchema() == null) {
            return;
        }
        Schema schema = parameter.getSchema();
        Schema referenced = schema.getAllOf() != null && schema.getAllOf().size() == 1 ? schema.getAllOf().get(0) : schema;
        String enumName = refName(referenced).orElse(null);
        Schema enumeration = enumName == null ? null : schemas.get(enumName);
        if (enumeration != null && enumeration.getEnumeration() != null) { // a parameter's schema is inline, as validators read it
            schema.setRef(null);
            schema.setAllOf(null);
            schema.setType(new ArrayList<>(enumeration.getType()));
            schema.setEnumeration(new ArrayList<>(enumeration.getEnumeration()));
            ContractVocabulary.meanings(enumName).ifPresent(meanings ->
                    parameter.setDescription((parameter.getDescription() == null ? "" : parameter.getDescription() + ":")
                            + meanings));
        }
        if (parameter.getIn() == Parameter.In.PATH) {
            return; // PathParameters says what it means
        }
        switch (parameter.getName()) {
            case "period" -> schema.setPattern(PathParameters.PERIOD_PATTERN);
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
    private Set<String> requestSchemas(OpenAPI api) {
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
                visit(schemas.get(name), s -> refName(s).ifPresent(pending::add));
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
