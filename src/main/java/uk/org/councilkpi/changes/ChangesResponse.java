package uk.org.councilkpi.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response: the indicator's ref and its changes, oldest first. */
@Schema(name = "Changes", description = "Every change to an indicator, oldest first")
public record ChangesResponse(@Schema(examples = "1.5") String ref, List<Change> changes) {
}
