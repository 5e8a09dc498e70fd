package uk.org.councilkpi.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/** Every operation of the API is rate limited (uk.org.councilkpi.ratelimit): each lists the shared 429 answer. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitedOperations implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429",
                    OASFactory.createAPIResponse().ref(ApiResponses.TOO_MANY_REQUESTS_REF));
        }
        return operation;
    }
}
