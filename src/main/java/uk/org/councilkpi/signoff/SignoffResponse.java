package uk.org.councilkpi.signoff;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodSignoff", description = "Whether a period is signed off, and every sign-off and reopening")
public record SignoffResponse(
        @Schema(examples = "2017-18-Q2") String period,
        @Schema(description = "Signed off now (its latest event is a sign-off)") boolean signedOff,
        @Schema(nullable = true, description = "When it was last signed off: a scorecard can be read as it stood then") Instant lastSignedOffAt,
        List<Event> events) {

    @Schema(name = "PeriodSignoffEvent")
    public record Event(PeriodSignoff.Action action, String by, Instant at, @Schema(nullable = true) String note) {
    }
}
