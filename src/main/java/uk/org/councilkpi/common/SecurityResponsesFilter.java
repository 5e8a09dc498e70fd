package uk.org.councilkpi.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import uk.org.councilkpi.security.Role;

/**
 * Every secured operation of the contract: its 401 and 403 answers point to the shared problem responses, and
 * {@code x-required-role} names the least role it needs (the security requirement lists every role allowed).
 */
public class SecurityResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            return operation;
        }
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("401", OASFactory.createAPIResponse()
                .ref("#/components/responses/" + ApiResponses.UNAUTHORIZED_REF));
        responses.addAPIResponse("403", OASFactory.createAPIResponse()
                .ref("#/components/responses/" + ApiResponses.FORBIDDEN_REF));
        security.stream()
                .map(SecurityRequirement::getSchemes).filter(s -> s != null)
                .flatMap(s -> s.values().stream()).flatMap(List::stream)
                .map(Role::fromWire).flatMap(java.util.Optional::stream)
                .min(Enum::compareTo)
                .ifPresent(role -> operation.addExtension("x-required-role", role.wireName()));
        return operation;
    }
}
