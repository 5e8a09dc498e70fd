package uk.org.councilkpi.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every example of the contract is valid against its own schema, checked by the same strict validator the tests run
 * every request and answer through; and every 2xx answer with a body, every request body and every path parameter has
 * one (the requests are sent to the path its parameters' examples make).
 */
class ExamplesTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGiveAValidExampleForEveryAnswerAndRequestBody() throws IOException {
        String text = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        OpenAPI contract = new OpenAPIV3Parser().readContents(text, null, null).getOpenAPI();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE).build())
                .build();
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            String concrete = path.getKey(); // with each path parameter's own example, which the validator checks
            for (Parameter parameter : path.getValue().getParameters() == null ? List.<Parameter>of()
                    : path.getValue().getParameters()) {
                if (parameter.getExample() == null) {
                    faults.add(path.getKey() + ": no example of its path parameter " + parameter.getName());
                } else {
                    concrete = concrete.replace("{" + parameter.getName() + "}",
                            URLEncoder.encode(String.valueOf(parameter.getExample()), StandardCharsets.UTF_8).replace("+", "%20"));
                }
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                Request.Method method = Request.Method.valueOf(entry.getKey().name());
                String name = entry.getKey() + " " + path.getKey() + " (" + operation.getOperationId() + ")";
                if (operation.getRequestBody() != null) {
                    for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().entrySet()) {
                        List<Object> examples = examples(media.getValue());
                        if (examples.isEmpty() && !"binary".equals(media.getValue().getSchema() == null ? null
                                : media.getValue().getSchema().getFormat())) { // a workbook has no example to print
                            faults.add(name + ": no example of its " + media.getKey() + " request body");
                        }
                        for (Object example : examples) {
                        SimpleRequest.Builder request = new SimpleRequest.Builder(method, concrete)
                                .withContentType(media.getKey()).withBody(body(example));
                        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
                            if (Boolean.TRUE.equals(parameter.getRequired()) && "query".equals(parameter.getIn())) {
                                request.withQueryParam(parameter.getName(), String.valueOf(parameter.getExample()));
                            }
                        }
                        report(faults, name + " request " + media.getKey(), validator.validateRequest(request.build()));
                        checked++;
                        }
                    }
                }
                for (var response : operation.getResponses().entrySet()) {
                    if (!response.getKey().startsWith("2") || response.getValue().getContent() == null) {
                        continue;
                    }
                    for (Map.Entry<String, MediaType> media : response.getValue().getContent().entrySet()) {
                        List<Object> examples = examples(media.getValue());
                        if (examples.isEmpty() && media.getKey().contains("json")) {
                            faults.add(name + ": no example of its " + response.getKey() + " " + media.getKey() + " answer");
                        }
                        for (Object example : examples) {
                        SimpleResponse answer = SimpleResponse.Builder.status(Integer.parseInt(response.getKey()))
                                .withContentType(media.getKey()).withBody(body(example)).build();
                        report(faults, name + " " + response.getKey() + " " + media.getKey(),
                                validator.validateResponse(path.getKey(), method, answer));
                        checked++;
                        }
                    }
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        assertTrue(checked > 40, "expected an example for every answer and request body, checked " + checked);
    }

    private static List<Object> examples(MediaType media) {
        List<Object> examples = new ArrayList<>();
        if (media.getExample() != null) {
            examples.add(media.getExample());
        }
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(e -> examples.add(e.getValue()));
        }
        return examples;
    }

    private static String body(Object example) throws IOException {
        return example instanceof String s ? s : JSON.writeValueAsString(example);
    }

    private static void report(List<String> faults, String what, ValidationReport report) {
        if (report.hasErrors()) {
            faults.add(what + ": " + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }
}
