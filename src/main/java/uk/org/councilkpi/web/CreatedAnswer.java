package uk.org.councilkpi.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/** The answer to a POST that creates: 201 with what was created, and {@code Location} naming it in its collection. */
public final class CreatedAnswer {

    private CreatedAnswer() {
    }

    /** {@code name} gives its last path segment (its ref, its id) below the collection the request was sent to. */
    public static <T> Response of(UriInfo collection, T created, Function<T, String> name) {
        return Response.created(collection.getAbsolutePathBuilder().path(name.apply(created)).build())
                .entity(created).build();
    }
}
