package com.capacityworkbench.app.report;

import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native PowerPoint charts (DrawingML through POI's XDDF): each holds its numbers in an embedded workbook, so a
 * planner can edit them in PowerPoint or Impress. Every series gets its colour explicitly: LibreOffice draws
 * series without one invisibly.
 */
final class DeckCharts {

    /** Dollars on an axis, in millions: "$1,234M". */
    static final String MILLIONS = "\"$\"#,##0,,\"M\"";
    static final String PERCENT = "0\"%\"";
    static final String MEGAWATTS = "#,##0\" MW\"";
    private static final double AXIS_FONT = 11;
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** How a chart draws its series. */
    enum Kind { STACKED_COLUMNS, COLUMNS, BARS, LINES }

    /** What a chart shows: its title, categories, series and value axis (title with unit, number format). */
    record Spec(String title, List<String> categories, List<ChartSeries> series, String axisTitle, String format) {
        Spec {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    private DeckCharts() {
    }

    /** Adds the chart to the slide at {@code at} (points). */
    static XSLFChart add(XMLSlideShow show, XSLFSlide slide, Rectangle2D at, Kind kind, Spec spec) {
        XSLFChart chart = show.createChart();
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(at.getX()), Units.toEMU(at.getY()),
                Units.toEMU(at.getWidth()), Units.toEMU(at.getHeight())));
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        if (spec.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(kind == Kind.BARS ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(kind == Kind.BARS ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setTitle(spec.axisTitle());
        valueAxis.setNumberFormat(spec.format());
        if (kind != Kind.LINES) {
            // A bar that starts above zero overstates differences.
            valueAxis.setMinimum(0);
        }
        if (kind == Kind.BARS) {
            // The first category (the largest) on top, as a planner reads a ranking.
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        }
        categoryAxis.getOrAddTextProperties().setFontSize(AXIS_FONT);
        valueAxis.getOrAddTextProperties().setFontSize(AXIS_FONT);
        XDDFChartData data = kind == Kind.LINES ? chart.createData(ChartTypes.LINE, categoryAxis, valueAxis)
                : bars(chart, categoryAxis, valueAxis, kind);
        data.setVaryColors(false);
        int n = spec.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(spec.categories().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int i = 0; i < spec.series().size(); i++) {
            ChartSeries s = spec.series().get(i);
            Double[] values = new Double[n];
            for (int c = 0; c < n; c++) {
                values[c] = Double.isNaN(s.values()[c]) ? null : s.values()[c];
            }
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
            XDDFChartData.Series series = data.addSeries(categories, numbers);
            series.setTitle(s.name(), chart.setSheetTitle(s.name(), i + 1));
            style(series, s);
        }
        chart.plot(data);
        if (kind != Kind.LINES) {
            spacing(chart, kind == Kind.STACKED_COLUMNS);
        }
        return chart;
    }

    /**
     * Bar spacing, and full overlap for stacks (PowerPoint draws stacked bars side by side without it). Written as
     * raw XML: the value types of XDDF's setGapWidth and setOverlap are missing from poi-ooxml-lite's schemas.
     */
    private static void spacing(XSLFChart chart, boolean stacked) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.newCursor()) {
            if (!cursor.toChild(new QName(CHART_NS, "axId"))) {
                return;
            }
            cursor.beginElement(new QName(CHART_NS, "gapWidth"));
            cursor.insertAttributeWithValue("val", "60");
            cursor.toParent();
            cursor.toNextSibling();
            if (stacked) {
                cursor.beginElement(new QName(CHART_NS, "overlap"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }

    private static XDDFBarChartData bars(XSLFChart chart, XDDFCategoryAxis categoryAxis, XDDFValueAxis valueAxis, Kind kind) {
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(kind == Kind.BARS ? BarDirection.BAR : BarDirection.COL);
        if (kind == Kind.STACKED_COLUMNS) {
            bars.setBarGrouping(BarGrouping.STACKED);
        }
        return bars;
    }

    private static void style(XDDFChartData.Series series, ChartSeries s) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(s.color())));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties();
            stroke.setFillProperties(fill);
            stroke.setWidth(2.25);
            if (s.dashed()) {
                stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            }
            line.setLineProperties(stroke);
            line.setMarkerStyle(s.dashed() ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
            line.setSmooth(false);
        } else {
            series.setFillProperties(fill);
        }
    }

    private static byte[] rgb(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}
