package uk.org.councilkpi.web;

import jakarta.ws.rs.core.Response;
import uk.org.councilkpi.common.Stored;

/** The answer to a PUT: 201 with the body when it created the resource, 200 when it replaced it. */
public final class PutAnswer {

    private PutAnswer() {
    }

    public static Response.ResponseBuilder of(Stored<?> stored) {
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK).entity(stored.body());
    }
}
