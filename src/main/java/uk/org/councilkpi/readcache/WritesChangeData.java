package uk.org.councilkpi.readcache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A write through this instance moves the data generation on as soon as it has answered (its transaction has
 * committed by then), so its caller's next read is never an answer kept from before it. The database's notification
 * does the same for every instance a moment later.
 */
@Provider
public class WritesChangeData implements ContainerResponseFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final DataChanges changes;

    public WritesChangeData(DataChanges changes) {
        this.changes = changes;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!SAFE.contains(request.getMethod())) {
            changes.changed();
        }
    }
}
