package uk.org.councilkpi.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.config.HeaderConfig;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.Map;
import uk.org.councilkpi.security.Role;

/**
 * API keys in tests. Every request of every test is sent with the administrator's key of the test profile
 * ({@code councilkpi.security.bootstrap-admin-key}), unless its test class is marked {@link WithoutDefaultKey}:
 * {@link DefaultApiKey} sets that up before each test. A test's own {@code Authorization} header replaces the default.
 */
public final class Keys {

    /** The test profile's bootstrap administrator key (application.properties, %test). */
    public static final String TEST_ADMIN_KEY = "test-admin-key-for-the-test-suite-000";

    private Keys() {
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }

    /** Marks a request to go without any key: the filter removes it, and adds no key. */
    private static final String NO_KEY = "X-Test-No-Key";
    private static volatile boolean defaultKey = true;

    /** Adds the default key to every request that has no Authorization header and is not marked {@link #NO_KEY}. */
    private static final class DefaultKeyFilter implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            boolean none = request.getHeaders().hasHeaderWithName(NO_KEY);
            request.removeHeader(NO_KEY);
            if (!none && defaultKey && !request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", bearer(TEST_ADMIN_KEY));
            }
            return context.next(request, response);
        }
    }

    /** Called before each test (in the application's class loader) by {@link DefaultApiKey}. */
    public static void useDefault(Class<?> testClass) {
        defaultKey = !testClass.isAnnotationPresent(WithoutDefaultKey.class)
                && (testClass.getEnclosingClass() == null
                || !testClass.getEnclosingClass().isAnnotationPresent(WithoutDefaultKey.class));
        RestAssured.config = RestAssured.config().headerConfig(
                HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof DefaultKeyFilter)) {
            RestAssured.filters(new DefaultKeyFilter());
        }
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof ContractValidation)) {
            RestAssured.filters(new ContractValidation()); // after the key: it checks what is sent
        }
    }

    /** A request sent with no key at all, whatever the default. */
    public static RequestSpecification anonymous() {
        return given().header(NO_KEY, "1");
    }

    /** A request sent with this key. */
    public static RequestSpecification as(String key) {
        return given().header("Authorization", bearer(key));
    }

    /** Issues a key for a client with a role, through the API, as the test administrator; returns the key. */
    public static String issue(String client, Role role) {
        return as(TEST_ADMIN_KEY).contentType("application/json")
                .body("{\"client\": \"" + client + "\", \"role\": \"" + role.wireName() + "\"}")
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("key");
    }

    /** One fresh key per role. */
    public static Map<Role, String> onePerRole(String client) {
        Map<Role, String> keys = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            keys.put(role, issue(client + " " + role.wireName(), role));
        }
        return keys;
    }
}
