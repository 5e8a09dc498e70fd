package uk.org.councilkpi.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * The contract's examples: real requests and answers of the demo data set (Cheshire East 2017-18-Q2, Halton 2015-16),
 * kept as files under {@code openapi-examples/} and named by operation: {@code getScorecard-200.json},
 * {@code importFigures-request.csv}. They were recorded from the service ({@code ExampleRecorder}, long lists cut to
 * their first items), and {@code ExamplesTest} checks each against its schema.
 */
final class OpenApiExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiExamples() {
    }

    static void attach(Operation operation) {
        String id = operation.getOperationId();
        if (id == null) {
            return;
        }
        if (operation.getRequestBody() != null) {
            attach(operation.getRequestBody().getContent(), id + "-request");
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (response.getRef() == null && status.startsWith("2")) {
                    attach(response.getContent(), id + "-" + status);
                }
            });
        }
    }

    private static void attach(Content content, String name) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (media.getValue().getExample() != null
                    || (media.getValue().getExamples() != null && !media.getValue().getExamples().isEmpty())) {
                continue;
            }
            boolean json = media.getKey().endsWith("json");
            String text = read(name + (json ? ".json" : media.getKey().equals("text/csv") ? ".csv" : ".txt"));
            if (text != null) {
                try {
                    media.getValue().setExample(json ? JSON.readValue(text, Object.class) : text);
                } catch (IOException e) {
                    throw new UncheckedIOException("openapi-examples/" + name + " is not JSON", e);
                }
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = OpenApiExamples.class.getResourceAsStream("/openapi-examples/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
