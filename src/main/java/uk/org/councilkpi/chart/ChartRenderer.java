package uk.org.councilkpi.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.Unit;

/**
 * Draws a {@link ChartData} with JFreeChart: onto JFreeSVG's SVG canvas (the API's charts, the HTML report), or onto
 * a JPEG image (the PDF report, whose renderer has no SVG support). The figure is a line broken at gaps; each point is
 * drawn by its rating with a shape and a word as well as a colour (green circle, amber triangle, red square, grey
 * diamond when not rated), hollow when provisional; a gap is a shaded band naming why; the target is a dashed line, a
 * range a shaded band between dashed lines; comparators (their latest values) reference lines across the chart: national dotted, statistical neighbours
 * dash-dot.
 */
public final class ChartRenderer {

    /** Colours with at least 4.5:1 contrast on white (WCAG 2.2 AA for text, and so for graphics). */
    static final Color GREEN = new Color(0x1B, 0x6E, 0x35);
    static final Color AMBER = new Color(0x9A, 0x4F, 0x00);
    static final Color RED = new Color(0xB0, 0x1C, 0x1C);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LINE = new Color(0x33, 0x33, 0x33);
    private static final Color TARGET = new Color(0x1F, 0x4E, 0x99);
    private static final Color NATIONAL = new Color(0x6A, 0x3D, 0x9A);
    private static final Color NEIGHBOURS = new Color(0x00, 0x6D, 0x77);
    private static final Color BAND = new Color(0x1F, 0x4E, 0x99, 0x22);
    private static final Color GAP = new Color(0xE6, 0xE6, 0xE6);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final String FIGURE = "Figure";
    private static final String POINTS = "Rated points";
    private static final String TARGET_LINE = "Target";
    private static final String RANGE_LOW = "Target range (low)";
    private static final String RANGE_HIGH = "Target range (high)";

    private ChartRenderer() {
    }

    /** A full chart as an SVG document with a {@code <title>} and {@code <desc>}. */
    public static String svg(ChartData data, int width, int height) {
        return svgDocument(data, chart(data, false), width, height, "chart");
    }

    /** A small chart for a table cell: the line and the rated points, no axes, labels or legend. */
    public static String sparkline(ChartData data, int width, int height) {
        return svgDocument(data, chart(data, true), width, height, "spark");
    }

    /** An SVG element (no XML declaration) to place inside an HTML page; {@code id} must be unique in the page. */
    public static String svgElement(ChartData data, int width, int height, String id) {
        return element(data, chart(data, false), width, height, id);
    }

    /**
     * A full chart as a JPEG image (quality 0.92), drawn at twice the size for print: the PDF printer embeds a JPEG as
     * it is, where it would decode and compress a PNG again (most of the report's printing time).
     */
    public static byte[] jpeg(ChartData data, int width, int height) {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(2, 2);
            chart(data, false).draw(g2, new Rectangle(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("a chart could not be written as JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String svgDocument(ChartData data, JFreeChart chart, int width, int height, String id) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(data, chart, width, height, id);
    }

    private static String element(ChartData data, JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(id);
        int open = svg.indexOf('>');
        String title = escape(ChartText.title(data));
        String desc = escape(ChartText.description(data));
        return svg.substring(0, open) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + title + "</title>"
                + "<desc id=\"" + id + "-desc\">" + desc + "</desc>" + svg.substring(open + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static JFreeChart chart(ChartData data, boolean sparkline) {
        List<ChartData.Point> points = data.points();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.Point p : points) {
            dataset.addValue(p.value(), FIGURE, p.axisLabel());
            dataset.addValue(p.value(), POINTS, p.axisLabel());
        }
        boolean full = !sparkline;
        if (full && data.hasTargetLine()) {
            points.forEach(p -> dataset.addValue(p.target(), TARGET_LINE, p.axisLabel()));
        }
        if (data.hasTargetRange()) {
            points.forEach(p -> dataset.addValue(p.targetLow(), RANGE_LOW, p.axisLabel()));
            points.forEach(p -> dataset.addValue(p.targetHigh(), RANGE_HIGH, p.axisLabel()));
        }

        CategoryAxis domain = new CategoryAxis(full ? "Period" : null);
        NumberAxis range = new NumberAxis(full ? ChartText.axisLabel(data.unit()) : null);
        range.setNumberFormatOverride(format(data.unit()));
        range.setAutoRangeIncludesZero(!sparkline);
        range.setUpperMargin(sparkline ? 0.1 : 0.18);
        Renderer renderer = new Renderer(points, dataset, sparkline);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No published figures");
        for (ChartData.Point p : points) {
            if (!p.hasValue()) {
                CategoryMarker gap = new CategoryMarker(p.axisLabel(), GAP, new BasicStroke(1f));
                gap.setDrawAsLine(false);
                gap.setAlpha(1f);
                if (full) {
                    gap.setLabel("× " + ChartText.gapLabel(p.gap()));
                    gap.setLabelFont(FONT);
                    gap.setLabelPaint(LINE);
                    gap.setLabelAnchor(RectangleAnchor.BOTTOM);
                    gap.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
                    gap.setLabelOffset(new RectangleInsets(2, 2, 4, 2));
                }
                plot.addDomainMarker(gap, Layer.BACKGROUND);
            }
        }
        BigDecimal[] band = constantRange(points);
        if (band != null) {
            IntervalMarker marker = new IntervalMarker(band[0].doubleValue(), band[1].doubleValue(), BAND);
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        if (full) {
            reference(plot, range, latest(points, ChartData.Point::national), "National average", NATIONAL, data.unit());
            reference(plot, range, latest(points, ChartData.Point::statNeighbour), "Statistical neighbours", NEIGHBOURS,
                    data.unit());
        }
        if (sparkline) {
            domain.setVisible(false);
            range.setVisible(false);
            plot.setRangeGridlinesVisible(false);
            plot.setInsets(new RectangleInsets(5, 5, 5, 5));
            domain.setLowerMargin(0.04);
            domain.setUpperMargin(0.04);
            range.setLowerMargin(0.3); // room for the end points' shapes
            range.setUpperMargin(0.3);
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            JFreeChart chart = new JFreeChart(null, FONT, plot, false);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setPadding(RectangleInsets.ZERO_INSETS);
            return chart;
        }
        domain.setTickLabelFont(FONT);
        domain.setLabelFont(FONT);
        range.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        domain.setTickLabelPaint(LINE);
        range.setTickLabelPaint(LINE);
        if (points.size() > 6) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.setFixedLegendItems(legend(data));
        JFreeChart chart = new JFreeChart(ChartText.title(data), new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(FONT);
        return chart;
    }

    /** The latest comparator value shown, with its period, or null. */
    private static ChartData.Point latest(List<ChartData.Point> points,
                                          java.util.function.Function<ChartData.Point, BigDecimal> value) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (value.apply(points.get(i)) != null) {
                return points.get(i);
            }
        }
        return null;
    }

    /** A comparator as a horizontal reference line across the chart (the legend names its value and period). */
    private static void reference(CategoryPlot plot, NumberAxis range, ChartData.Point point, String name, Color colour,
                                  Unit unit) {
        if (point == null) {
            return;
        }
        BigDecimal value = name.startsWith("National") ? point.national() : point.statNeighbour();
        ValueMarker marker = new ValueMarker(value.doubleValue(), colour,
                name.startsWith("National") ? dotted() : dashDot());
        plot.addRangeMarker(marker, Layer.FOREGROUND);
        if (value.doubleValue() > range.getUpperBound() || value.doubleValue() < range.getLowerBound()) {
            range.setRange(Math.min(range.getLowerBound(), value.doubleValue()),
                    Math.max(range.getUpperBound(), value.doubleValue()) * 1.1);
        }
    }

    /** The band to shade when every range target shown is the same. */
    private static BigDecimal[] constantRange(List<ChartData.Point> points) {
        BigDecimal low = null;
        BigDecimal high = null;
        for (ChartData.Point p : points) {
            if (p.targetLow() == null || p.targetHigh() == null) {
                continue;
            }
            if (low != null && (low.compareTo(p.targetLow()) != 0 || high.compareTo(p.targetHigh()) != 0)) {
                return null;
            }
            low = p.targetLow();
            high = p.targetHigh();
        }
        return low == null ? null : new BigDecimal[] {low, high};
    }

    private static LegendItemCollection legend(ChartData data) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(shapeItem("Green: met", shape(Rag.GREEN, 5), GREEN, true));
        items.add(shapeItem("Amber: within tolerance", shape(Rag.AMBER, 5), AMBER, true));
        items.add(shapeItem("Red: missed", shape(Rag.RED, 5), RED, true));
        items.add(shapeItem("Not rated", shape(Rag.NOT_RATED, 5), GREY, true));
        if (data.points().stream().anyMatch(ChartData.Point::provisional)) {
            items.add(shapeItem("Hollow: provisional", shape(Rag.GREEN, 5), LINE, false));
        }
        if (data.hasTargetLine()) {
            items.add(lineItem("Target", TARGET, dashed()));
        }
        if (data.hasTargetRange()) {
            items.add(lineItem("Target range", TARGET, dashed()));
        }
        ChartData.Point national = latest(data.points(), ChartData.Point::national);
        if (national != null) {
            items.add(lineItem("National average " + uk.org.councilkpi.status.Figures.natural(national.national(),
                    data.unit()) + " (" + national.period() + ")", NATIONAL, dotted()));
        }
        ChartData.Point neighbours = latest(data.points(), ChartData.Point::statNeighbour);
        if (neighbours != null) {
            items.add(lineItem("Statistical neighbours " + uk.org.councilkpi.status.Figures.natural(
                    neighbours.statNeighbour(), data.unit()) + " (" + neighbours.period() + ")", NEIGHBOURS, dashDot()));
        }
        return items;
    }

    private static LegendItem shapeItem(String label, Shape shape, Paint paint, boolean filled) {
        return new LegendItem(label, label, null, null, true, shape, filled, paint, !filled, paint,
                new BasicStroke(1.5f), false, new Line2D.Double(-7, 0, 7, 0), new BasicStroke(1f), paint);
    }

    private static LegendItem lineItem(String label, Paint paint, BasicStroke stroke) {
        return new LegendItem(label, label, null, null, false, new Rectangle2D.Double(), false, paint, false, paint,
                stroke, true, new Line2D.Double(-9, 0, 9, 0), stroke, paint);
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    private static BasicStroke dashDot() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 3f, 2f, 3f}, 0f);
    }

    private static BasicStroke dotted() {
        return new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f);
    }

    static Color colour(Rag rating) {
        return switch (rating) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NOT_RATED -> GREY;
        };
    }

    /** Each rating's own shape: circle, triangle, square, diamond. */
    static Shape shape(Rag rating, double r) {
        return switch (rating) {
            case GREEN -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case AMBER -> polygon(new double[] {0, r * 1.15, -r * 1.15}, new double[] {-r * 1.2, r * 0.9, r * 0.9});
            case RED -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8);
            case NOT_RATED -> polygon(new double[] {0, r, 0, -r}, new double[] {-r, 0, r, 0});
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        return path;
    }

    private static DecimalFormat format(Unit unit) {
        DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
        return switch (unit) {
            case PERCENT -> new DecimalFormat("#,##0.##'%'", uk);
            case CURRENCY -> new DecimalFormat("'£'#,##0.##", uk);
            default -> new DecimalFormat("#,##0.##", uk);
        };
    }

    /** One renderer: the figure's line, the rated points with their labels, the target and comparator lines. */
    private static final class Renderer extends LineAndShapeRenderer {

        private final transient List<ChartData.Point> points;
        private final int pointsRow;
        private final double radius;

        Renderer(List<ChartData.Point> points, DefaultCategoryDataset dataset, boolean sparkline) {
            super(true, false);
            this.points = points;
            this.pointsRow = dataset.getRowIndex(POINTS);
            this.radius = sparkline ? 3.5 : 5.5;
            setUseOutlinePaint(false);
            setDrawOutlines(true);
            setDefaultStroke(new BasicStroke(1.5f));
            for (int row = 0; row < dataset.getRowCount(); row++) {
                String series = (String) dataset.getRowKey(row);
                setSeriesVisibleInLegend(row, false);
                switch (series) {
                    case FIGURE -> {
                        setSeriesPaint(row, LINE);
                        setSeriesStroke(row, new BasicStroke(sparkline ? 1.2f : 2f));
                    }
                    case POINTS -> {
                        setSeriesLinesVisible(row, false);
                        setSeriesShapesVisible(row, true);
                        setSeriesOutlineStroke(row, new BasicStroke(1.8f));
                        setSeriesStroke(row, new BasicStroke(1.8f));
                        if (!sparkline) {
                            setSeriesItemLabelsVisible(row, true);
                            setSeriesItemLabelGenerator(row, new StandardCategoryItemLabelGenerator() {
                                @Override
                                public String generateLabel(CategoryDataset d, int r, int column) {
                                    return ChartText.pointLabel(Renderer.this.points.get(column));
                                }
                            });
                            setSeriesItemLabelFont(row, FONT);
                            setSeriesPositiveItemLabelPosition(row, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                                    TextAnchor.BOTTOM_CENTER));
                            setSeriesNegativeItemLabelPosition(row, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                                    TextAnchor.BOTTOM_CENTER));
                        }
                    }
                    case TARGET_LINE, RANGE_LOW, RANGE_HIGH -> {
                        setSeriesPaint(row, TARGET);
                        setSeriesStroke(row, dashed());
                    }
                    default -> {
                    }
                }
            }
        }

        @Override
        public Shape getItemShape(int row, int column) {
            return row == pointsRow ? shape(points.get(column).rating(), radius) : super.getItemShape(row, column);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return row == pointsRow ? colour(points.get(column).rating()) : super.getItemPaint(row, column);
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return row == pointsRow ? colour(points.get(column).rating()) : super.getItemLabelPaint(row, column);
        }

        @Override
        public boolean getItemShapeFilled(int row, int column) {
            return row == pointsRow ? !points.get(column).provisional() : super.getItemShapeFilled(row, column);
        }
    }
}
