package uk.org.councilkpi.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.util.Map;

/**
 * The committee report's page, written by a logic-less Mustache template ({@code report/report.mustache}, mustache.java),
 * compiled once. Every value is HTML-escaped but the charts' own SVG.
 * <p>
 * Not Qute: its dev-mode debugger, {@code io.quarkus.qute:qute-debug:3.33.2}, is not on Maven Central, so with it
 * {@code ./mvnw quarkus:dev} could not start.
 */
@ApplicationScoped
public class ReportTemplate {

    private final Mustache template = new DefaultMustacheFactory("report").compile("report.mustache");

    public String render(ReportView view) {
        StringWriter out = new StringWriter(64 * 1024);
        template.execute(out, Map.of("r", view));
        return out.toString();
    }
}
