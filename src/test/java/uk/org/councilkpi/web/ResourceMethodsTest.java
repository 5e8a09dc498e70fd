package uk.org.councilkpi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {

    @Path("/api/v1/things")
    public static class Things {
        @GET
        public void list() {
        }

        @POST
        public void create() {
        }

        @GET
        @Path("/{id}")
        public void get() {
        }

        @DELETE
        @Path("{id}")
        public void delete() {
        }

        @GET
        @Path("/template")
        public void template() {
        }

        @PUT
        @Path("/{id: [0-9]+}/parts/{part}")
        public void part() {
        }
    }

    private final ResourceMethods methods = ResourceMethods.of(List.of(Things.class));

    @Test
    void shouldListTheMethodsOfEachPathWithHeadAndOptions() {
        assertEquals(Optional.of(List.of("GET", "HEAD", "POST", "OPTIONS")), methods.allowed("/api/v1/things"));
        assertEquals(Optional.of(List.of("GET", "HEAD", "DELETE", "OPTIONS")), methods.allowed("/api/v1/things/7"));
        assertEquals(Optional.of(List.of("PUT", "OPTIONS")), methods.allowed("/api/v1/things/7/parts/a%20b"));
    }

    @Test
    void shouldPreferTheTemplateWithMostLiteralCharacters() {
        assertEquals(Optional.of(List.of("GET", "HEAD", "OPTIONS")), methods.allowed("/api/v1/things/template"));
    }

    @Test
    void shouldKnowNothingOfOtherPaths() {
        assertEquals(Optional.empty(), methods.allowed("/api/v1/others"));
        assertEquals(Optional.empty(), methods.allowed("/api/v1/things/x/parts/y"));
        assertEquals(Optional.empty(), methods.allowed("/api/v1/things/7/8"));
    }
}
