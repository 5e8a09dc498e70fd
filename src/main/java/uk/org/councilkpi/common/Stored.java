package uk.org.councilkpi.common;

import jakarta.ws.rs.core.Response;

/** What a PUT stored, and whether it created the resource (201) or replaced it (200). */
public record Stored<T>(T body, boolean created) {

    public Response toResponse() {
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }
}
