package uk.org.councilkpi.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.problem.Problem;

/**
 * The contract's title and version. Its description, tags and the problem answers operations share are in
 * {@code META-INF/openapi.yaml}, which SmallRye merges with this; the Problem schema is named here so that it is
 * generated from its record.
 */
@OpenAPIDefinition(info = @Info(title = "Council performance indicators API", version = "1.0.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class OpenApiDefinition extends Application {
}
