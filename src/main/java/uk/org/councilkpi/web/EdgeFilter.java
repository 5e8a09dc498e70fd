package uk.org.councilkpi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.problem.Problem;
import uk.org.councilkpi.problem.ProblemMapper;
import uk.org.councilkpi.problem.ProblemType;

/**
 * What every request meets first, before CORS, the body limit, the rate limit, authentication and the REST layer
 * (a Vert.x route filter): the checks that need no resource, each refusal an {@code application/problem+json}.
 * <ul>
 * <li>Every answer says {@code X-Content-Type-Options: nosniff}.</li>
 * <li>A URI longer than {@code councilkpi.http.max-uri-length}: 414; headers larger than
 * {@code councilkpi.http.max-header-bytes}: 431. Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above these, so that ours answer first.</li>
 * <li>More than one {@code Authorization} header: 400 naming it, so that the rate limit and authentication read the
 * same single key.</li>
 * <li>A header value or a query parameter (name or value) with a control character ({@link RequestText}), a
 * query parameter or a path that is not valid percent-encoding of UTF-8, a query parameter given twice, or a path with
 * a {@code .} or {@code ..} segment (encoded or not, which the router would remove, reaching another resource):
 * 400 naming it (Quarkus' own check of the URI, which answers a bare 400, is handed over to this filter:
 * {@link UriCheckHandOver}).</li>
 * <li>A blank {@code Accept} is read as none (any type), as RFC 9110 allows: the REST layer would fail to parse it
 * where an operation offers more than one type. One that gives every type it names {@code q=0} accepts nothing:
 * 406 (the REST layer ignores {@code q=0} where an operation answers in one type only).</li>
 * <li>A declared body over {@code quarkus.http.limits.max-body-size}: 413.</li>
 * <li>A body without {@code Content-Type}, or a text body with a charset other than UTF-8: 415 ({@link RequestText#isText},
 * {@link RequestText#charsetIsUtf8}).</li>
 * <li>A browser request from an origin that is not allowed ({@link Origins}): 403 with the reason.</li>
 * <li>Quarkus' own endpoints ({@code /q/health}, {@code /q/openapi}), which would answer any method, implement
 * {@code GET} and {@code HEAD} only, as the API's paths do ({@link HttpSemantics}): another method is a 405 problem
 * with {@code Allow}, and {@code OPTIONS} (other than a CORS preflight) answers 204 with it.</li>
 * </ul>
 */
@ApplicationScoped
public class EdgeFilter {

    /** Before Quarkus' CORS filter (300) and its body-size check. */
    static final int PRIORITY = 10_000;
    /** What Quarkus' own endpoints implement. */
    private static final String QUARKUS_ALLOW = "GET, HEAD, OPTIONS";

    private final ObjectMapper mapper;
    private final Origins origins;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;
    private final String quarkusPaths;
    private volatile Router router;

    public EdgeFilter(ObjectMapper mapper, Origins origins,
                      EdgeConfig config,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                      MemorySize maxBodySize,
                      @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
                      String nonApplicationRoot) {
        this.mapper = mapper;
        this.origins = origins;
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderBytes = config.maxHeaderBytes();
        this.maxBodyBytes = maxBodySize.asLongValue();
        String root = nonApplicationRoot.startsWith("/") ? nonApplicationRoot : "/" + nonApplicationRoot;
        this.quarkusPaths = root.endsWith("/") ? root : root + "/";
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    /**
     * Vert.x refuses some requests while matching routes, before any filter runs: a malformed percent-encoding
     * anywhere in the URI fails every route with 400. Its router then calls this instead of answering a bare 400.
     */
    void register(@Observes Router router) {
        this.router = router;
        router.errorHandler(400, this::unreadable);
    }

    private void unreadable(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        context.response().putHeader("X-Content-Type-Options", "nosniff");
        HttpServerRequest request = context.request();
        Refusal refusal = uri(request).orElseGet(() -> Refusal.of(ProblemType.VALIDATION, "The request could not be read"
                + (context.failure() == null || context.failure().getMessage() == null ? ""
                : ": " + context.failure().getMessage())));
        refuse(context, refusal);
    }

    void filter(RoutingContext context) {
        context.response().putHeader("X-Content-Type-Options", "nosniff");
        blankAcceptIsNone(context.request());
        Optional<Refusal> refusal = check(context.request());
        if (refusal.isPresent()) {
            refuse(context, refusal.get());
        } else if (!quarkusMethods(context)) {
            context.next();
        }
    }

    /** The methods of Quarkus' own endpoints; whether this answered. */
    private boolean quarkusMethods(RoutingContext context) {
        HttpServerRequest request = context.request();
        String method = request.method().name();
        if (method.equals("GET") || method.equals("HEAD") || !isQuarkusEndpoint(request.path())) {
            return false;
        }
        if (method.equals("OPTIONS") && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            return false; // a CORS preflight, for Quarkus' CORS filter
        }
        context.response().putHeader(HttpHeaders.ALLOW, QUARKUS_ALLOW);
        if (method.equals("OPTIONS")) {
            context.response().setStatusCode(204).end();
            return true;
        }
        refuse(context, Refusal.of(ProblemType.METHOD_NOT_ALLOWED,
                method + " is not a method of this resource; it allows " + QUARKUS_ALLOW));
        return true;
    }

    /** Whether Quarkus serves this path under its own root ({@code /q/}): a route of the router names it. */
    private boolean isQuarkusEndpoint(String path) {
        Router routes = router;
        return path != null && routes != null && path.startsWith(quarkusPaths) && served(routes, path);
    }

    /**
     * Whether a route of this router, or of a router mounted on it (Quarkus mounts its own endpoints' router at
     * {@code /q/}), names this path: exactly, or as a prefix ({@code /q/health/group/*}). A catch-all does not.
     */
    private static boolean served(Router router, String path) {
        String bare = withoutTrailingSlash(path);
        for (Route route : router.getRoutes()) {
            String served = route.getPath();
            if (served == null || served.equals("/")) {
                continue;
            }
            if (route.getSubRouter() != null) {
                String mount = withoutTrailingSlash(served);
                if (bare.startsWith(mount + "/") && served(route.getSubRouter(), bare.substring(mount.length()))) {
                    return true;
                }
            } else if (bare.equals(withoutTrailingSlash(served)) || (!route.isExactPath() && bare.startsWith(served))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static void blankAcceptIsNone(HttpServerRequest request) {
        List<String> accept = request.headers().getAll(HttpHeaders.ACCEPT);
        if (accept.stream().anyMatch(String::isBlank)) {
            List<String> given = accept.stream().filter(value -> !value.isBlank()).toList();
            request.headers().remove(HttpHeaders.ACCEPT);
            given.forEach(value -> request.headers().add(HttpHeaders.ACCEPT, value));
        }
    }

    /** Why a request is refused at the edge. */
    record Refusal(ProblemType type, String detail, List<FieldError> errors) {
        static Refusal of(ProblemType type, String detail) {
            return new Refusal(type, detail, List.of());
        }

        static Refusal field(String field, String message) {
            return of(new FieldError(field, message));
        }

        static Refusal of(FieldError error) {
            return new Refusal(ProblemType.VALIDATION, "1 field was rejected", List.of(error));
        }
    }

    /** What is wrong with the request's URI, its path first: the same for a request routed and one the router refused. */
    private static Optional<Refusal> uri(HttpServerRequest request) {
        return RequestText.checkPath(request.path()).or(() -> RequestText.checkQuery(request.query())).map(Refusal::of);
    }

    private Optional<Refusal> check(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            return Optional.of(Refusal.of(ProblemType.URI_TOO_LONG,
                    "The request URI is " + uri.length() + " characters; at most " + maxUriLength + " are read"));
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            return Optional.of(Refusal.of(ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are " + headerBytes + " bytes; at most " + maxHeaderBytes + " are read"));
        }
        if (request.headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            return Optional.of(Refusal.field("Authorization", "must be sent once"));
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (RequestText.headerHasControl(header.getValue())) {
                return Optional.of(Refusal.field(header.getKey(), RequestText.CONTROL_MESSAGE));
            }
        }
        Optional<Refusal> malformed = uri(request);
        if (malformed.isPresent()) {
            return malformed;
        }
        if (RequestText.acceptsNothing(request.headers().getAll(HttpHeaders.ACCEPT))) {
            return Optional.of(Refusal.of(ProblemType.NOT_ACCEPTABLE, "The Accept header accepts no type: every one it"
                    + " names has q=0; name a type this operation answers in, or send no Accept header"));
        }
        Optional<Refusal> body = checkBody(request);
        if (body.isPresent()) {
            return body;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origins.allowed(origin, request)) {
            return Optional.of(Refusal.of(ProblemType.ORIGIN_NOT_ALLOWED, "Requests from the origin " + origin
                    + " are not allowed: it is not one of the configured origins (councilkpi.cors.origins)"));
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.of(Refusal.field("Content-Length", "must be a whole number of bytes"));
        }
        if (declared > maxBodyBytes) {
            return Optional.of(Refusal.of(ProblemType.TOO_LARGE,
                    "The body is " + declared + " bytes; at most " + maxBodyBytes + " are read"));
        }
        if (declared == 0 && !chunked) {
            return Optional.empty();
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            return Optional.of(Refusal.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "A request with a body must say its Content-Type (application/json, or text/csv for imports)"));
        }
        if (RequestText.isText(contentType) && !RequestText.charsetIsUtf8(contentType)) {
            return Optional.of(Refusal.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Bodies are read as UTF-8 only; the Content-Type names another charset: " + contentType));
        }
        return Optional.empty();
    }

    /** The problem's instance: the path as sent, decoded when it can be. */
    private static String instance(HttpServerRequest request) {
        String path = request.path() == null ? "/" : request.path();
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private void refuse(RoutingContext context, Refusal refusal) {
        Problem problem = refusal.type().problem(refusal.detail(), instance(context.request()),
                refusal.errors());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written", e);
        }
        var response = context.response().setStatusCode(refusal.type().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.MEDIA_TYPE);
        int status = refusal.type().status();
        if (status == 413 || status == 414 || status == 431) {
            // The rest of such a request is not read: the connection cannot be used again.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(body));
    }
}
