package uk.org.councilkpi.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every request a REST Assured test sends to the API, and every answer it gets, checked against the published
 * contract ({@code openapi/openapi.yaml}): an undeclared status, content type, property, {@code null}, or a value
 * outside its schema fails the test that got it. Installed for every {@code @QuarkusTest} by {@link Keys#useDefault}.
 * <ul>
 *   <li>Answers are always checked, whatever their status.</li>
 *   <li>Requests are checked when the service accepted them (status below 400): a request the contract refuses must
 *   not be accepted. A refused request may be malformed on purpose (the tests of bad input), so its own faults are
 *   not reported; its answer still is.</li>
 *   <li>Paths outside {@code /api/} ({@code /q/health}, {@code /q/openapi}) are not part of the contract; neither is a
 *   path or method the contract does not have (the tests of 404 and 405 answers).</li>
 *   <li>A cross-origin request refused by CORS (403 without a body) is outside the contract.</li>
 *   <li>Security requirements are not checked here: requests without a key are sent on purpose, and their 401 answers
 *   are checked.</li>
 *   <li>A header a client acts on ({@link #DECLARED_HEADERS}) that an answer carries must be declared for its
 *   operation and status, as the validator checks only the headers the contract declares.</li>
 * </ul>
 */
public final class ContractValidation implements Filter {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    /** The headers a client acts on: caching, concurrency, where to go next, what the answer is, when to retry. */
    static final List<String> DECLARED_HEADERS = List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Location",
            "Content-Disposition", "Retry-After", "WWW-Authenticate", "Allow", "X-RateLimit-Limit",
            "X-RateLimit-Remaining");
    private static volatile OpenApiInteractionValidator validator;
    private static volatile OpenAPI contract;
    private static volatile ApiOperationResolver operations;

    static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidation.class) {
                if (validator == null) {
                    try {
                        validator = OpenApiInteractionValidator
                                .createForInlineApiSpecification(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                                .withLevelResolver(LevelResolver.create()
                                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                                        .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                                        .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                                        .build())
                                .build();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return validator;
    }

    private static synchronized ApiOperationResolver operations() {
        if (operations == null) {
            try {
                contract = new OpenAPIParser().readContents(Files.readString(CONTRACT, StandardCharsets.UTF_8), null, null)
                        .getOpenAPI();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            operations = new ApiOperationResolver(contract, null, false);
        }
        return operations;
    }

    /** The headers of {@link #DECLARED_HEADERS} that the answer carries and the contract does not declare for it. */
    static List<String> undeclaredHeaders(Request sent, Response response) {
        ApiOperationMatch match = operations().findApiOperation(sent.getPath(), sent.getMethod());
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return List.of();
        }
        var responses = match.getApiOperation().getOperation().getResponses();
        ApiResponse declared = responses.getOrDefault(String.valueOf(response.statusCode()), responses.getDefault());
        if (declared == null) {
            return List.of(); // an undeclared status: the validator reports it
        }
        if (declared.get$ref() != null) {
            declared = contract.getComponents().getResponses()
                    .get(declared.get$ref().substring(declared.get$ref().lastIndexOf('/') + 1));
        }
        Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (declared.getHeaders() != null) {
            headers.putAll(declared.getHeaders());
        }
        return DECLARED_HEADERS.stream().filter(h -> response.getHeader(h) != null && !headers.containsKey(h)).toList();
    }

    /**
     * A browser origin that is not allowed is refused by the HTTP layer's CORS handling (403, no body), before the
     * API: the contract does not describe it (the README's COUNCILKPI_CORS_ORIGINS does).
     */
    private static boolean refusedByCors(FilterableRequestSpecification request, Response response) {
        return request.getHeaders().hasHeaderWithName("Origin") && response.statusCode() == 403
                && response.getHeader("Access-Control-Allow-Origin") == null && response.asByteArray().length == 0;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return response;
        }
        if (refusedByCors(request, response)) {
            return response;
        }
        if (java.util.Arrays.stream(Request.Method.values()).noneMatch(m -> m.name().equals(request.getMethod()))) {
            return response; // an invented method (the edge tests send some): nothing the contract could describe
        }
        Request sent = RestAssuredRequest.of(request);
        ValidationReport report = response.statusCode() < 400
                ? validator().validate(sent, RestAssuredResponse.of(response))
                : validator().validateResponse(sent.getPath(), sent.getMethod(), RestAssuredResponse.of(response));
        List<String> undeclared = undeclaredHeaders(sent, response);
        if (!undeclared.isEmpty()) {
            throw new AssertionError("Not as the contract (openapi/openapi.yaml) says: " + request.getMethod() + " "
                    + request.getURI() + " answered " + response.statusCode() + " with headers it does not declare: "
                    + undeclared);
        }
        if (report.hasErrors()) {
            throw new AssertionError("Not as the contract (openapi/openapi.yaml) says: " + request.getMethod() + " "
                    + request.getURI() + " answered " + response.statusCode() + "\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return response;
    }
}
