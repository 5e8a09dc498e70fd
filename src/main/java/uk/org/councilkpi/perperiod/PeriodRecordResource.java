package uk.org.councilkpi.perperiod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import uk.org.councilkpi.common.MergePatch;

/**
 * What the resources of the per-period kinds that take corrections share: the kind's service, and a correction (a JSON
 * Merge Patch) applied to the record as it stands, giving the request that a PUT of it would send.
 *
 * @param <S> the kind's service
 * @param <Q> the request that sets a record
 */
public abstract class PeriodRecordResource<S extends PeriodRecordService<?, Q, ?>, Q> {

    private final S service;
    private final MergePatch patches;
    private final Class<Q> requestType;

    protected PeriodRecordResource(S service, MergePatch patches, Class<Q> requestType) {
        this.service = service;
        this.patches = patches;
        this.requestType = requestType;
    }

    protected S service() {
        return service;
    }

    /** The record for this period as it stands with the patch applied (404 if there is none, 400 if the result is invalid). */
    protected Q corrected(String ref, String period, JsonNode patch) throws JsonProcessingException {
        return patches.apply(service.currentRequest(ref, period), patch, requestType);
    }
}
