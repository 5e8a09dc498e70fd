package uk.org.councilkpi.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A PUT that creates (201) names what it created in {@code Location}: the resource the request was sent to (RFC 9110
 * 15.3.2), for every per-period record (targets, figures, overrides, comparators, milestone progress) alike.
 */
public class PutLocation {

    @ServerResponseFilter
    public void locate(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.PUT.equals(request.getMethod()) && response.getStatus() == 201
                && !response.getHeaders().containsKey(HttpHeaders.LOCATION)) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, request.getUriInfo().getAbsolutePath());
        }
    }
}
