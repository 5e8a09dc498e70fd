package uk.org.councilkpi.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.councilkpi.support.Keys;

/**
 * Every operation of the served contract, with every role: no key gets 401, a key whose role is too small gets 403,
 * both as problems naming the role; the role the operation declares (x-required-role), and every larger one, gets
 * past authorisation (whatever the operation then answers: it is called on a ref that does not exist, or with an
 * empty body, so nothing is changed). The operations are read from the contract itself, so a new one cannot be left
 * out, and one without a declared role fails. The contract's roles are also what the README's role table says
 * ("Who may see and change what"), which is written by hand: code and documentation cannot drift apart.
 */
@QuarkusTest
class RoleMatrixTest {

    record Operation(String method, String path, Role required) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + required.wireName() + ")";
        }
    }

    private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
    private static final String API = "/api/v1";
    private static final String METHOD = "GET|PUT|POST|PATCH|DELETE";
    /** The published contract's operations, read once. */
    private static List<Operation> contractOperations;
    /** The served contract, read once. */
    private static JsonPath served;

    /** One key per role, issued through the API on first use. */
    private static String key(Role role) {
        if (KEYS.isEmpty()) {
            KEYS.putAll(Keys.onePerRole("role matrix"));
        }
        return KEYS.get(role);
    }

    /**
     * The operations of the published contract (openapi/openapi.yaml, which OpenApiContractTest keeps equal to the
     * served one), read line by line: a path at indent 2, its methods at indent 4, x-required-role at indent 6.
     */
    static synchronized Stream<Operation> operations() throws IOException {
        if (contractOperations == null) {
            contractOperations = readOperations();
        }
        return contractOperations.stream();
    }

    private static List<Operation> readOperations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        String path = null;
        String method = null;
        boolean inPaths = false;
        Set<String> declared = new java.util.HashSet<>();
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("openapi/openapi.yaml"))) {
            if (!line.startsWith(" ")) {
                inPaths = line.equals("paths:");
                continue;
            }
            if (!inPaths) {
                continue;
            }
            if (line.matches("  \\S.*:$")) {
                path = line.trim().replaceAll(":$", "").replace("\"", "");
            } else if (line.matches("    (get|put|post|delete|patch):$")) {
                method = line.trim().replace(":", "");
                if (path.startsWith("/api/v1")) {
                    seen.add(method + " " + path);
                }
            } else if (line.startsWith("      x-required-role: ") && path.startsWith("/api/v1")) {
                Role role = Role.fromWire(line.substring("      x-required-role: ".length()).trim()).orElseThrow();
                operations.add(new Operation(method, path, role));
                declared.add(method + " " + path);
            }
        }
        seen.removeAll(declared);
        assertEquals(Set.of(), seen, "operations that declare no required role");
        assertTrue(operations.size() >= 30, "the contract lists the API's operations: " + operations.size());
        return List.copyOf(operations);
    }

    private static synchronized JsonPath served() {
        if (served == null) {
            served = Keys.as(Keys.TEST_ADMIN_KEY).accept("application/json").when().get("/q/openapi")
                    .then().statusCode(200).extract().jsonPath();
        }
        return served;
    }

    /**
     * The README's role table, as "METHOD /api/v1/path role" lines: each row names its role, and in its last column
     * the operations that need it, each {@code `METHOD /path`}, with methods that share a path written before it
     * ({@code `GET` / `DELETE /keys/{id}`}).
     */
    static List<String> readmeRoleTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int section = lines.indexOf("## Who may see and change what");
        assertTrue(section >= 0, "README.md has a section 'Who may see and change what'");
        List<String> table = new ArrayList<>();
        Pattern span = Pattern.compile("`([^`]*)`");
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Matcher roleCell = span.matcher(cells[1]);
            assertTrue(roleCell.find(), "a role in " + line);
            Role role = Role.fromWire(roleCell.group(1)).orElseThrow(() -> new AssertionError("not a role: " + line));
            List<String> methods = new ArrayList<>();
            Matcher operation = span.matcher(cells[cells.length - 1]);
            while (operation.find()) {
                String text = operation.group(1);
                if (text.matches(METHOD)) {
                    methods.add(text);
                } else if (text.matches("(" + METHOD + ") /\\S+")) {
                    String[] methodAndPath = text.split(" ");
                    methods.add(methodAndPath[0]);
                    for (String method : methods) {
                        table.add(method + " " + API + methodAndPath[1] + " " + role.wireName());
                    }
                    methods.clear();
                } else {
                    throw new AssertionError("not an operation: `" + text + "` in the README's role table: " + line);
                }
            }
            assertEquals(List.of(), methods, "methods without a path in the README's role table: " + line);
        }
        return table;
    }

    @Test
    void shouldNeedTheRolesTheReadmesRoleTableSays() throws IOException {
        String contract = operations().map(op -> op.method().toUpperCase() + " " + op.path() + " "
                + op.required().wireName()).sorted().collect(Collectors.joining("\n"));
        List<String> readme = readmeRoleTable();

        assertEquals(readme.size(), Set.copyOf(readme).size(), "an operation named twice in the README: " + readme);
        assertEquals(contract, readme.stream().sorted().collect(Collectors.joining("\n")),
                "the contract (expected) and the README's role table (actual) disagree");
    }

    private static String concrete(String path) {
        return path.replace("{ref}", "NO-SUCH-REF").replace("{period}", "2093-94-Q1").replace("{id}", "999999999");
    }

    private static Response call(RequestSpecification request, Operation op) {
        if (op.method().equals("post") || op.method().equals("put")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.when().request(op.method().toUpperCase(), concrete(op.path()));
    }

    /**
     * Each operation in one run, with every check below (401 without a key or with an unknown one, 403 for every
     * smaller role, through for the required role and every larger one, the role declared in the served contract);
     * each check that fails is reported.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldLetOnlyItsRoleAndLargerOnesCallEachOperationAsTheContractDeclares(Operation op) {
        assertAll(op.toString(),
                () -> answer401WithoutAKey(op),
                () -> answer401WithAnUnknownKey(op),
                () -> answer403ToEverySmallerRole(op),
                () -> letTheRequiredRoleAndEveryLargerOneThrough(op),
                () -> declareTheRoleInTheSecurityRequirement(op));
    }

    private void answer401WithoutAKey(Operation op) {
        call(Keys.anonymous(), op).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:councilkpi:problem:unauthenticated"))
                .body("detail", containsString("'" + op.required().wireName() + "'"));
    }

    private void answer401WithAnUnknownKey(Operation op) {
        call(Keys.as("ckpi_not-a-key-anybody-was-given-0000000000000"), op).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("not known"));
    }

    private void answer403ToEverySmallerRole(Operation op) {
        for (Role role : Role.values()) {
            if (role.compareTo(op.required()) < 0) {
                call(Keys.as(key(role)), op).then()
                        .statusCode(403)
                        .contentType(startsWith("application/problem+json"))
                        .body("type", equalTo("urn:councilkpi:problem:forbidden"))
                        .body("detail", containsString("'" + op.required().wireName() + "'"));
            }
        }
    }

    private void letTheRequiredRoleAndEveryLargerOneThrough(Operation op) {
        for (Role role : Role.values()) {
            if (role.compareTo(op.required()) >= 0) {
                int status = call(Keys.as(key(role)), op).statusCode();
                assertFalse(status == 401 || status == 403, op + " as " + role.wireName() + " answered " + status);
                assertTrue(status < 500, op + " as " + role.wireName() + " answered " + status);
            }
        }
    }

    private void declareTheRoleInTheSecurityRequirement(Operation op) {
        JsonPath contract = served();
        // OpenAPI 3.0: a bearer scheme's requirement lists no roles; the role is x-required-role, and in words.
        List<String> roles = contract.getList("paths.'" + op.path() + "'." + op.method() + ".security[0].apiKey");
        assertEquals(List.of(), roles, op + " lists " + roles);
        assertEquals(op.required().wireName(),
                contract.getString("paths.'" + op.path() + "'." + op.method() + ".x-required-role"));
        String role = op.required().wireName();
        String description = contract.getString("paths.'" + op.path() + "'." + op.method() + ".description");
        assertTrue(description.contains(Character.toUpperCase(role.charAt(0)) + role.substring(1) + " role."),
                op + " says which role it needs: " + description);
        assertEquals("#/components/responses/Unauthorized",
                contract.getString("paths.'" + op.path() + "'." + op.method() + ".responses.'401'.$ref"));
        assertEquals("#/components/responses/Forbidden",
                contract.getString("paths.'" + op.path() + "'." + op.method() + ".responses.'403'.$ref"));
    }
}
