package uk.org.councilkpi.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The committee report ({@code councilkpi.report.*}). */
@ConfigMapping(prefix = "councilkpi.report")
public interface ReportConfig {

    /** The committee the report's cover names when the request names none. */
    @WithDefault("Scrutiny Committee")
    String committee();
}
