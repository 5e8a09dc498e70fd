package uk.org.councilkpi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.councilkpi.chart.ChartData;
import uk.org.councilkpi.chart.ChartRenderer;
import uk.org.councilkpi.chart.ChartText;
import uk.org.councilkpi.scorecard.FigureView;
import uk.org.councilkpi.scorecard.ScorecardResponse;
import uk.org.councilkpi.scorecard.StatusView;
import uk.org.councilkpi.status.Figures;
import uk.org.councilkpi.status.Movement;
import uk.org.councilkpi.status.Performance;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;

/**
 * Writes a scorecard as the committee report prints it. Rules:
 * <ul>
 *   <li>Rows are grouped by service, services in the order they first appear in the scorecard (indicators without a
 *       service last, as "Other measures").</li>
 *   <li>Every figure, rating and direction is the scorecard's own, as its viewer may see it: nothing is recomputed.</li>
 *   <li>An officer's override is printed beside the computed rating, never instead of it.</li>
 *   <li>The data-quality statement counts the period's figures by state and flag.</li>
 * </ul>
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /** What the report is for: council, committee, the directorate it covers, and how it was asked for. */
    public record Cover(String council, String committee, String directorate, String asAtText) {
    }

    public static ReportView build(ScorecardResponse scorecard, Cover cover, Map<String, ChartData> charts,
                                   String chartsNote, List<String> tolerances, boolean pdf) {
        return build(scorecard, cover, charts, chartsNote, tolerances, null, pdf);
    }

    public static ReportView build(ScorecardResponse scorecard, Cover cover, Map<String, ChartData> charts,
                                   String chartsNote, List<String> tolerances, QuarterlyReportResponse quarterly,
                                   boolean pdf) {
        Map<String, List<ReportView.Line>> byService = new LinkedHashMap<>();
        List<ReportView.Line> other = new ArrayList<>();
        for (ScorecardResponse.Row row : scorecard.indicators()) {
            ReportView.Line line = line(row);
            if (row.service() == null || row.service().isBlank()) {
                other.add(line);
            } else {
                byService.computeIfAbsent(row.service(), s -> new ArrayList<>()).add(line);
            }
        }
        List<ReportView.Group> groups = new ArrayList<>();
        byService.forEach((service, lines) -> groups.add(new ReportView.Group(service, lines)));
        if (!other.isEmpty()) {
            groups.add(new ReportView.Group("Other measures", other));
        }
        List<String> headings = scorecard.indicators().isEmpty() ? List.of()
                : scorecard.indicators().get(0).quarters().stream().map(FigureView::period).toList();
        List<ReportView.Chart> drawn = new ArrayList<>();
        int n = 0;
        for (ChartData data : charts.values()) {
            String id = "chart-" + (++n);
            drawn.add(pdf
                    ? new ReportView.Chart(data.ref(), ChartText.title(data), null,
                    "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(ChartRenderer.jpeg(data, 720, 300)),
                    ChartText.description(data))
                    : new ReportView.Chart(data.ref(), ChartText.title(data), ChartRenderer.svgElement(data, 720, 300, id),
                    null, ChartText.description(data)));
        }
        List<String> bases = scorecard.indicators().stream()
                .map(r -> r.direction().basis()).distinct()
                .map(b -> b == null ? "not stated" : basisWords(b.name())).toList();
        return new ReportView(cover.council(), cover.committee(), scorecard.period(), cover.directorate(),
                scorecard.published(), cover.asAtText(), scorecard.lastUpdated(), dataQuality(scorecard),
                scorecard.summary(), headings, groups, drawn, chartsNote, tolerances, bases,
                quarterly == null ? List.of() : MilestoneLines.sections(quarterly),
                quarterly == null ? "" : MilestoneLines.counts(quarterly.summary().milestones()), pdf);
    }

    static ReportView.Line line(ScorecardResponse.Row row) {
        Unit unit = row.unit();
        ScorecardResponse.Comparators c = row.comparators();
        StatusView.RagView rag = row.rag();
        StatusView.OverrideView override = row.override();
        StatusView.DirectionView d = row.direction();
        return new ReportView.Line(row.ref(), row.title(), polarity(row.polarity()),
                c == null || c.statNeighbourAverage() == null ? "" : Figures.natural(c.statNeighbourAverage(), unit),
                c == null || c.nationalAverage() == null ? "" : Figures.natural(c.nationalAverage(), unit),
                target(row.target(), unit), figure(row.lastYearOutturn()),
                row.quarters().stream().map(ReportBuilder::figure).toList(), figure(row.current()),
                ragClass(rag.rating()), letter(rag.rating()), ChartText.word(rag.rating()), rag.explanation(),
                override == null ? "" : ChartText.word(override.rating()),
                override == null ? "" : ragClass(override.rating()),
                override == null ? "" : override.reason(),
                arrow(d.movement()), directionWord(d.movement(), d.performance()), directionClass(d.performance()),
                d.explanation(), row.commentary() == null ? "" : row.commentary());
    }

    static String figure(FigureView f) {
        if (f == null || f.state() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(f.display());
        if (f.provisional()) {
            s.append(" (provisional)");
        }
        if (f.estimated()) {
            s.append(" (estimate)");
        }
        return s.toString();
    }

    static String target(StatusView.TargetView t, Unit unit) {
        if (t == null) {
            return "";
        }
        if (t.text() != null && !t.text().isBlank()) {
            return t.text();
        }
        return switch (t.form()) {
            case VALUE, EXACT -> t.value() == null ? "" : Figures.natural(t.value(), unit);
            case AT_LEAST -> t.value() == null ? "" : "at least " + Figures.natural(t.value(), unit);
            case AT_MOST -> t.value() == null ? "" : "at most " + Figures.natural(t.value(), unit);
            case RANGE -> t.low() == null || t.high() == null ? ""
                    : Figures.natural(t.low(), unit) + "-" + Figures.natural(t.high(), unit);
            case NONE -> "N/A";
        };
    }

    static List<String> dataQuality(ScorecardResponse scorecard) {
        int total = scorecard.indicators().size();
        int withNumber = 0;
        int provisional = 0;
        int estimated = 0;
        int notRecorded = 0;
        Map<ValueState, Integer> states = new LinkedHashMap<>();
        for (ScorecardResponse.Row row : scorecard.indicators()) {
            FigureView f = row.current();
            if (f.state() == null) {
                notRecorded++;
                continue;
            }
            states.merge(f.state(), 1, Integer::sum);
            if (f.state() == ValueState.AVAILABLE) {
                withNumber++;
            }
            provisional += f.provisional() ? 1 : 0;
            estimated += f.estimated() ? 1 : 0;
        }
        List<String> lines = new ArrayList<>();
        lines.add(total + " indicators; " + withNumber + " with a figure for " + scorecard.period() + " ("
                + provisional + " provisional, " + estimated + " estimated).");
        lines.add("Without a figure: " + states.getOrDefault(ValueState.SUPPRESSED, 0) + " suppressed (small numbers"
                + " withheld from publication), " + states.getOrDefault(ValueState.NOT_YET_AVAILABLE, 0)
                + " not yet available, " + states.getOrDefault(ValueState.NOT_APPLICABLE, 0) + " not applicable, "
                + states.getOrDefault(ValueState.NOT_PROVIDED, 0) + " requested but not provided, " + notRecorded
                + " not recorded.");
        lines.add(scorecard.published()
                ? "The figures for " + scorecard.period() + " are published (signed off or released for publication)."
                : "DRAFT: the figures for " + scorecard.period() + " are not published and may change.");
        lines.add("Ratings and directions of travel are computed by the stated rules from the figures and targets;"
                + " officers' overrides are printed beside the computed rating, never instead of it.");
        return lines;
    }

    static String polarity(Polarity p) {
        return switch (p) {
            case HIGHER_IS_BETTER -> "High is good";
            case LOWER_IS_BETTER -> "Low is good";
            case NONE -> "Context";
        };
    }

    static String ragClass(Rag rating) {
        return "rag-" + rating.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The rating's initial (R, A, G), or "-" when not rated. */
    static String letter(Rag rating) {
        return rating == Rag.NOT_RATED ? "-" : rating.name().substring(0, 1);
    }

    static String arrow(Movement m) {
        return switch (m) {
            case UP -> "\u2191";
            case DOWN -> "\u2193";
            case UNCHANGED -> "\u2192";
            case NOT_COMPARABLE -> "";
        };
    }

    static String directionWord(Movement m, Performance p) {
        if (m == Movement.NOT_COMPARABLE) {
            return "Not comparable";
        }
        String move = switch (m) {
            case UP -> "Up";
            case DOWN -> "Down";
            default -> "Unchanged";
        };
        return switch (p) {
            case BETTER -> move + ", better";
            case WORSE -> move + ", worse";
            case SAME -> move + ", broadly the same";
            case NOT_COMPARABLE -> move;
        };
    }

    static String directionClass(Performance p) {
        return "dot-" + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String basisWords(String basis) {
        return switch (basis) {
            case "PREVIOUS_PERIOD" -> "against the previous period";
            case "SAME_PERIOD_LAST_YEAR" -> "against the same period last year";
            case "LAST_YEAR_OUTTURN" -> "against last year's outturn";
            default -> basis;
        };
    }

    /** An amount as the key writes a tolerance: "15% of the target" or "2 (absolute)". */
    public static String tolerance(String kind, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return "none: every miss is red";
        }
        String n = amount.stripTrailingZeros().toPlainString();
        return "PERCENT".equals(kind) ? n + "% of the target" : n + " either side of the target (absolute)";
    }
}
