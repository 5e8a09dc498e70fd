package uk.org.councilkpi.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published contract, {@code openapi/openapi.yaml}, is exactly what the service serves. After a deliberate
 * change to the API, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path PUBLISHED = Path.of("openapi", "openapi.yaml");

    @Test
    void shouldServeExactlyThePublishedContract() throws IOException {
        String served = given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(PUBLISHED.getParent());
            Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PUBLISHED), "openapi/openapi.yaml is missing: generate it with -Dopenapi.update=true");
        String published = Files.readString(PUBLISHED, StandardCharsets.UTF_8);
        if (!published.equals(served)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.writeString(actual, served, StandardCharsets.UTF_8);
            assertEquals(published, served, "The served contract differs from openapi/openapi.yaml (served copy in "
                    + actual + "). If the change is intended, regenerate with -Dopenapi.update=true; a breaking"
                    + " change needs a new path version.");
        }
    }

    @Test
    void shouldDescribeEveryClientErrorWithTheProblemSchema() throws IOException {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonPath contract = new JsonPath(served);
        Map<String, Map<String, Map<String, Object>>> paths = contract.getMap("paths");
        int problems = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue; // the path's own parameters, shared by its operations
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
                assertTrue(operation.getValue().get("summary") != null,
                        operation.getKey() + " " + path.getKey() + " has no summary");
                for (var response : responses.entrySet()) {
                    if (response.getKey().startsWith("4")) {
                        String ref = String.valueOf(((Map<?, ?>) response.getValue()).get("$ref"));
                        assertTrue(ref.startsWith("#/components/responses/"),
                                operation.getKey() + " " + path.getKey() + " " + response.getKey() + " is not a shared problem response");
                        problems++;
                    }
                }
            }
        }
        assertTrue(problems > 20, "expected the operations to declare their 4xx problems, found " + problems);
        for (String name : new String[] {"BadRequest", "NotFound", "Conflict"}) {
            assertEquals("#/components/schemas/Problem",
                    contract.getString("components.responses." + name + ".content.'application/problem+json'.schema.'$ref'"));
        }
    }
}
