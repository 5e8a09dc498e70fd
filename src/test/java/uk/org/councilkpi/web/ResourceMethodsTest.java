package uk.org.councilkpi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.comparator.ComparatorResource;
import uk.org.councilkpi.importing.ImportResource;
import uk.org.councilkpi.indicator.IndicatorResource;
import uk.org.councilkpi.security.ApiKeyResource;

/** The methods of each path, read from real resource classes (a fixture with @Path would become a resource in tests). */
class ResourceMethodsTest {

    private final ResourceMethods methods = ResourceMethods.of(List.of(ComparatorResource.class, ImportResource.class,
            IndicatorResource.class, ApiKeyResource.class));

    @Test
    void shouldListTheMethodsOfEachPathWithHeadAndOptions() {
        assertEquals(Optional.of(List.of("GET", "HEAD", "OPTIONS")), methods.allowed("/api/v1/indicators/1.5/comparators"));
        assertEquals(Optional.of(List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS")),
                methods.allowed("/api/v1/indicators/SCS%20CYP07/comparators/2017-18-Q2"));
        assertEquals(Optional.of(List.of("GET", "HEAD", "POST", "OPTIONS")), methods.allowed("/api/v1/indicators"));
        assertEquals(Optional.of(List.of("POST", "OPTIONS")), methods.allowed("/api/v1/imports"));
        assertEquals(Optional.of(List.of("GET", "HEAD", "DELETE", "OPTIONS")), methods.allowed("/api/v1/keys/abc"));
    }

    @Test
    void shouldPreferTheTemplateWithMostLiteralCharacters() {
        assertEquals(Optional.of(List.of("GET", "HEAD", "OPTIONS")), methods.allowed("/api/v1/imports/template"));
    }

    @Test
    void shouldSayWhatEachOperationAnswersInAndTakes() {
        assertEquals(List.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                methods.produces("GET", "/api/v1/imports/template"));
        assertEquals(methods.produces("GET", "/api/v1/imports/template"), methods.produces("HEAD", "/api/v1/imports/template"));
        assertEquals(List.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/json"), methods.consumes("POST", "/api/v1/imports"));
        assertEquals(List.of("application/json"), methods.produces("GET", "/api/v1/indicators/1.5")); // the class's own
        assertEquals(List.of(), methods.consumes("DELETE", "/api/v1/others"));
        assertEquals("a, b or c", ResourceMethods.either(List.of("a", "b", "c")));
    }

    @Test
    void shouldKnowNothingOfOtherPaths() {
        assertEquals(Optional.empty(), methods.allowed("/api/v1/others"));
        assertEquals(Optional.empty(), methods.allowed("/api/v1/indicators/1.5/comparators/2017-18-Q2/more"));
        assertEquals(Optional.empty(), methods.allowed("/api/v1/imports/x/y"));
    }
}
