package com.capacityworkbench.formats.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
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
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel charts (DrawingML, via POI's XDDF) over cell ranges the plan sheets already hold. */
final class PlanCharts {

    /** Where a chart sits: its top-left cell and its size in columns and rows. */
    record Placement(int column, int row, int columns, int rows) {
    }

    /** Category labels (e.g. period headers) and the cells that hold them. */
    record Categories(CellRangeAddress cells, List<String> labels) {
    }

    /**
     * A series: its name and title cell, and its values with the cells that hold them. The values are given, not
     * read back from the sheet: a streamed sheet has already written its rows to disk.
     */
    record Series(String name, CellReference title, CellRangeAddress cells, List<Double> values) {
    }

    /** Series colours: explicit, because LibreOffice draws XDDF series without them invisibly. */
    private static final int[] PALETTE = {
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x17BECF};

    private PlanCharts() {
    }

    /** A column chart of one series over category cells, e.g. cost by provider. */
    static XSSFChart columns(Sheet sheet, Placement at, String title, Categories categories,
                             Series series, String valueAxisTitle) {
        return bars(sheet, at, title, categories, List.of(series), valueAxisTitle, BarDirection.COL);
    }

    /** Bars (across, for long category names) or columns, one colour per series, e.g. KPI changes per variant. */
    static XSSFChart bars(Sheet sheet, Placement at, String title, Categories categories, List<Series> seriesList,
                          String valueAxisTitle, BarDirection direction) {
        XSSFChart chart = chart(sheet, at, title);
        if (seriesList.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(
                direction == BarDirection.BAR ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(
                direction == BarDirection.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setTitle(valueAxisTitle);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(direction);
        data.setVaryColors(false);
        for (int i = 0; i < seriesList.size(); i++) {
            add(sheet, data, categories, seriesList.get(i)).setFillProperties(fill(i));
        }
        chart.plot(data);
        return chart;
    }

    /** Columns with the series stacked on each other, one colour per series, e.g. commitments per period by provider. */
    static XSSFChart stackedColumns(Sheet sheet, Placement at, String title, Categories categories,
                                    List<Series> seriesList, String valueAxisTitle) {
        XSSFChart chart = bars(sheet, at, title, categories, seriesList, valueAxisTitle, BarDirection.COL);
        XDDFBarChartData data = (XDDFBarChartData) chart.getChartSeries().getFirst();
        // No overlap setting: its schema type is not in the trimmed OOXML schemas the app ships.
        data.setBarGrouping(BarGrouping.STACKED);
        chart.plot(data);
        return chart;
    }

    /** A line chart with one line per series over period header cells, e.g. power per site. */
    static XSSFChart lines(Sheet sheet, Placement at, String title, Categories categories,
                           List<Series> seriesList, String valueAxisTitle) {
        XSSFChart chart = chart(sheet, at, title);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setTitle(valueAxisTitle);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        for (int i = 0; i < seriesList.size(); i++) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) add(sheet, data, categories, seriesList.get(i));
            XDDFLineProperties stroke = new XDDFLineProperties();
            stroke.setFillProperties(fill(i));
            stroke.setWidth(2.25);
            line.setLineProperties(stroke);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
        }
        chart.plot(data);
        return chart;
    }

    private static XDDFSolidFillProperties fill(int index) {
        int rgb = PALETTE[index % PALETTE.length];
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {
            (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
    }

    private static XSSFChart chart(Sheet sheet, Placement at, String title) {
        XSSFDrawing drawing = drawingSheet(sheet).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.column(), at.row(),
                at.column() + at.columns(), at.row() + at.rows());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    /** The sheet that holds drawings: a streamed sheet keeps them in the workbook it streams from. */
    private static XSSFSheet drawingSheet(Sheet sheet) {
        return switch (sheet) {
            case XSSFSheet xssf -> xssf;
            case SXSSFSheet streamed -> streamed.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
            default -> throw new IllegalArgumentException("not an .xlsx sheet: " + sheet.getClass().getName());
        };
    }

    private static XDDFChartData.Series add(Sheet sheet, XDDFChartData data, Categories categories, Series series) {
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromArray(categories.labels().toArray(String[]::new),
                categories.cells().formatAsString(sheet.getSheetName(), true));
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(series.values().toArray(Double[]::new),
                series.cells().formatAsString(sheet.getSheetName(), true));
        XDDFChartData.Series added = data.addSeries(x, y);
        added.setTitle(series.name(), series.title());
        return added;
    }
}
