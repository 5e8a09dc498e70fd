package uk.org.councilkpi.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.org.councilkpi.problem.Problem;
import uk.org.councilkpi.problem.ProblemMapper;
import uk.org.councilkpi.problem.ProblemType;

/**
 * The per-caller rate limit of the API ({@link RateLimiter}, {@link Caller}): a request over it is answered 429 with
 * a problem and {@code Retry-After} before anything else is done for it (before matching a resource, reading the
 * body, or authentication); one within it gets {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}.
 * <p>
 * Failed authentications are limited per address too ({@link RateLimiter#failuresLeft}): an address that has had
 * too many 401s is answered 429 for any request carrying {@code Authorization}, before its key is looked up, unless
 * that key authenticated lately ({@link RateLimiter#proven}), so that one caller trying invented keys behind a shared
 * address does not lock the others out.
 * <p>
 * Only the REST endpoints are limited: health ({@code /q/health}), metrics ({@code /q/metrics}) and the contract
 * ({@code /q/openapi}) are served outside them and never counted.
 */
public class RateLimitFilter {

    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimitConfig config;
    private final RateLimiter limiter;

    public RateLimitFilter(RateLimitConfig config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return null;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Caller address = Caller.address(addressOf(http));
        Caller caller = Caller.of(authorization, addressOf(http));
        if (authorization != null) {
            RateLimiter.Decision failures = limiter.failuresLeft(address);
            if (!failures.allowed() && !limiter.proven(caller)) {
                return refuse(request, failures, "Too many failed authentications from this address (at most "
                        + config.failedAuthenticationsPerMinute() + " a minute)");
            }
        }
        RateLimiter.Decision decision = limiter.take(caller);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        return refuse(request, decision, "Over the limit of " + config.requestsPerMinute()
                + " requests a minute for one caller");
    }

    private static String addressOf(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    private static Response refuse(ContainerRequestContext request, RateLimiter.Decision decision, String why) {
        ProblemType type = ProblemType.RATE_LIMITED;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                why + "; retry after " + decision.retryAfterSeconds() + " s",
                request.getUriInfo().getPath(), List.of());
        return Response.status(type.status()).type(ProblemMapper.MEDIA_TYPE)
                .header("Retry-After", decision.retryAfterSeconds())
                .header(LIMIT, decision.limit())
                .header(REMAINING, 0)
                .entity(problem).build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (config.enabled() && authorization != null) {
            if (response.getStatus() == 401) {
                limiter.failed(Caller.address(addressOf(http)));
            } else if (request.getSecurityContext().getUserPrincipal() != null) {
                limiter.authenticated(Caller.of(authorization, addressOf(http)));
            }
        }
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(LIMIT, decision.limit());
            headers.putSingle(REMAINING, decision.remaining());
        }
    }
}
