package uk.org.councilkpi.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.problem.ProblemMapper;
import uk.org.councilkpi.problem.ProblemType;
import uk.org.councilkpi.security.Role;

/**
 * HTTP semantics of the REST layer, for every resource at once:
 * <ul>
 * <li>a method a path does not implement (PATCH, TRACE, an invented one) is a 405 problem with an {@code Allow} that
 * lists exactly what the path implements ({@link ResourceMethods}), and {@code OPTIONS} (other than a CORS preflight)
 * answers 204 with that {@code Allow};</li>
 * <li>a path parameter with a control character is a 400 problem naming it ({@link RequestText});</li>
 * <li>{@code Cache-Control: no-store} on every answer about API keys, and on every answer to an editor or an
 * administrator, whose answers may carry drafts and suppressed numbers;</li>
 * <li>{@code Location} is a path, never built from the request's {@code Host}; a PUT that creates (201) names what
 * it created, the path it was sent to (RFC 9110 15.3.2).</li>
 * </ul>
 */
public class HttpSemantics {

    private static final String KEYS = "/api/v1/keys";

    private final ResourceMethods methods;

    public HttpSemantics(ResourceMethods methods) {
        this.methods = methods;
    }

    /** After the rate limit (900), before authentication: an unimplemented method needs no key to be refused. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 50)
    public Response methods(ContainerRequestContext request, HttpServerRequest http) {
        Optional<List<String>> allowed = methods.allowed(http.path());
        if (allowed.isEmpty()) {
            return null;
        }
        String allow = String.join(", ", allowed.get());
        String method = request.getMethod();
        if (method.equals("OPTIONS") && request.getHeaderString("Access-Control-Request-Method") == null) {
            return Response.noContent().header(HttpHeaders.ALLOW, allow).build();
        }
        if (allowed.get().contains(method)) {
            return null;
        }
        ProblemType type = ProblemType.METHOD_NOT_ALLOWED;
        return Response.status(type.status()).type(ProblemMapper.MEDIA_TYPE).header(HttpHeaders.ALLOW, allow)
                .entity(type.problem(method + " is not a method of this resource; it allows " + allow,
                        request.getUriInfo().getPath(), List.of()))
                .build();
    }

    @ServerRequestFilter
    public Response pathParameters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (RequestText.hasControl(value, "")) {
                    ProblemType type = ProblemType.VALIDATION;
                    return Response.status(type.status()).type(ProblemMapper.MEDIA_TYPE)
                            .entity(type.problem("1 field was rejected", request.getUriInfo().getPath(),
                                    List.of(new FieldError(parameter.getKey(), RequestText.CONTROL_MESSAGE))))
                            .build();
                }
            }
        }
        return null;
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, RoutingContext context) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (request.getUriInfo().getPath().startsWith(KEYS) || seesDrafts(context)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (HttpMethod.PUT.equals(request.getMethod()) && response.getStatus() == 201 && !headers.containsKey(HttpHeaders.LOCATION)) {
            headers.putSingle(HttpHeaders.LOCATION, request.getUriInfo().getRequestUri().getRawPath()); // what it created
        }
        Object location = headers.getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            URI uri = URI.create(location.toString());
            if (uri.isAbsolute()) {
                headers.putSingle(HttpHeaders.LOCATION, uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        }
    }

    private static boolean seesDrafts(RoutingContext context) {
        if (context != null && context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return identity != null && identity.hasRole(Role.EDITOR_NAME);
        }
        return false;
    }
}
