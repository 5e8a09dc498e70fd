package uk.org.councilkpi.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.org.councilkpi.scorecard.FigureView;
import uk.org.councilkpi.scorecard.HistoryResponse;
import uk.org.councilkpi.scorecard.StatusView;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Presentation;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.RagReason;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;

/** The chart's series from a history, its words, and the SVG drawn from them, without the container. */
class ChartSeriesTest {

    private static final Presentation COUNT = new Presentation(Unit.COUNT, 0);

    private static HistoryResponse.Entry entry(String period, ValueState state, Integer number, Rag rating,
                                               boolean provisional) {
        FigureView figure = FigureView.of(period, state, number == null ? null : BigDecimal.valueOf(number), null,
                provisional, false, COUNT);
        StatusView.TargetView range = new StatusView.TargetView("2017-18", TargetForm.RANGE, null,
                BigDecimal.valueOf(260), BigDecimal.valueOf(300), "260-300");
        return new HistoryResponse.Entry(period, figure, null, range,
                new StatusView.RagView(rating, RagReason.MET, "explained"), null, null);
    }

    /** Cheshire East 1.11: a range target; a suppressed figure, a missing quarter, a provisional one. */
    private static HistoryResponse history() {
        return new HistoryResponse("1.11", "Number of children subject to a CP plan", Unit.COUNT, Polarity.NONE, null,
                null, null, List.of(
                entry("2016-17-Q3", ValueState.AVAILABLE, 301, Rag.AMBER, false),
                entry("2016-17-Q4", ValueState.SUPPRESSED, 4242, Rag.NOT_RATED, false),
                entry("2016-17", ValueState.AVAILABLE, 290, Rag.GREEN, false),
                // 2017-18-Q1 not recorded
                entry("2017-18-Q2", ValueState.AVAILABLE, 333, Rag.AMBER, true)));
    }

    @Test
    void shouldLayQuartersInOrderWithOutturnsAfterTheirFourthQuarterAndGapsForMissingQuarters() {
        ChartData data = ChartSeries.build(history(), Map.of(), 8);
        assertEquals(List.of("2016-17-Q3", "2016-17-Q4", "2016-17", "2017-18-Q1", "2017-18-Q2"),
                data.points().stream().map(ChartData.Point::period).toList());
        assertEquals("2016-17 outturn", data.points().get(2).axisLabel());
        assertEquals(ChartData.Gap.MISSING, data.points().get(3).gap());
        assertEquals(ChartData.Gap.SUPPRESSED, data.points().get(1).gap());
        assertNull(data.points().get(1).value(), "a suppressed figure has no number on a chart");
        assertTrue(data.points().get(4).provisional());
        assertEquals(0, BigDecimal.valueOf(260).compareTo(data.points().get(4).targetLow()));
        assertTrue(data.hasTargetRange());
        assertFalse(data.hasTargetLine());
    }

    @Test
    void shouldKeepOnlyTheLastPeriods() {
        ChartData data = ChartSeries.build(history(), Map.of(), 2);
        assertEquals(List.of("2017-18-Q1", "2017-18-Q2"), data.points().stream().map(ChartData.Point::period).toList());
    }

    @Test
    void shouldPutComparatorsOnTheirPeriods() {
        ChartData data = ChartSeries.build(history(), Map.of("2017-18-Q2",
                new ChartSeries.Averages(BigDecimal.valueOf(310), null)), 8);
        assertEquals(0, BigDecimal.valueOf(310).compareTo(data.points().get(4).national()));
        assertTrue(data.hasNational());
        assertFalse(data.hasStatNeighbour());
    }

    @Test
    void shouldNameEveryPointsRatingInWordsAndDescribeGaps() {
        ChartData data = ChartSeries.build(history(), Map.of(), 8);
        assertEquals("333 Amber, provisional", ChartText.pointLabel(data.points().get(4)));
        String desc = ChartText.description(data);
        assertTrue(desc.contains("2016-17-Q4: suppressed"), desc);
        assertTrue(desc.contains("2017-18-Q1: no figure"), desc);
        assertTrue(desc.contains("2017-18-Q2: 333 Amber, provisional, target range 260 to 300"), desc);
        assertFalse(desc.contains("4242"), "the suppressed number is nowhere: " + desc);
        assertEquals("up, worse against 2017-18-Q1", ChartSeries.direction(new StatusView.DirectionView(null, "2017-18-Q1",
                uk.org.councilkpi.status.Movement.UP, uk.org.councilkpi.status.Performance.WORSE,
                uk.org.councilkpi.status.DirectionReason.COMPARED, "explained")));
    }

    @Test
    void shouldDrawWellFormedSvgWithTitleDescAndEveryPointsLabel() throws Exception {
        ChartData data = ChartSeries.build(history(), Map.of(), 8);
        String svg = ChartRenderer.svg(data, 720, 360);
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("1.11 Number of children subject to a CP plan",
                doc.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("2016-17: 290 Green"));
        assertTrue(svg.contains(">333 Amber, provisional<"), "the point's label is text in the SVG");
        assertTrue(svg.contains(">301 Amber<"));
        assertTrue(svg.contains("suppressed<"), "the gap's marker names why");
        assertFalse(svg.contains("4242"), "the suppressed number is nowhere in the SVG");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pictures"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/pictures/chart-unit.svg"), svg);
        String spark = ChartRenderer.sparkline(data, 120, 32);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(spark.getBytes(StandardCharsets.UTF_8)));
        assertTrue(ChartRenderer.jpeg(data, 360, 180).length > 1000);
    }

    @Test
    void shouldDrawAnEmptyHistoryAsAChartSayingSo() {
        HistoryResponse empty = new HistoryResponse("X", "Nothing yet", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, null,
                null, null, List.of());
        String svg = ChartRenderer.svg(ChartSeries.build(empty, Map.of(), 8), 400, 200);
        assertTrue(svg.contains("No published figures"));
    }
}
