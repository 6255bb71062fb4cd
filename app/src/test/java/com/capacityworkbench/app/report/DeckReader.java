package com.capacityworkbench.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Reads a written deck back as a planner's tools would: slide texts, and each chart's series from its XML. */
public final class DeckReader implements AutoCloseable {

    /**
     * A chart as its XML holds it: title, value-axis title and the cached values of each series by name; and the sum
     * of the numbers in its embedded workbook, the data PowerPoint edits.
     */
    public record ChartData(String title, String axisTitle, Map<String, List<Double>> series, List<String> categories,
                            double workbookSum) {

        public double sum(String series) {
            return this.series.get(series).stream().mapToDouble(Double::doubleValue).sum();
        }

        public double sumOfAll() {
            return series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
        }
    }

    private static final Pattern SERIES = Pattern.compile("<c:ser>(.*?)</c:ser>", Pattern.DOTALL);
    private static final Pattern TX = Pattern.compile("<c:tx>.*?<c:v>(.*?)</c:v>", Pattern.DOTALL);
    private static final Pattern CAT = Pattern.compile("<c:cat>(.*?)</c:cat>", Pattern.DOTALL);
    private static final Pattern VAL = Pattern.compile("<c:val>(.*?)</c:val>", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("<c:pt idx=\"(\\d+)\">\\s*<c:v>(.*?)</c:v>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<a:t>(.*?)</a:t>", Pattern.DOTALL);

    private final XMLSlideShow show;

    public DeckReader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            show = new XMLSlideShow(in);
        }
    }

    public List<XSLFSlide> slides() {
        return show.getSlides();
    }

    /** All the text on a slide, text boxes and table cells, in one string. */
    public static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> text.append(c.getText()).append('\t')));
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The title of each slide: its first text box. */
    public List<String> titles() {
        List<String> titles = new ArrayList<>();
        for (XSLFSlide slide : show.getSlides()) {
            titles.add(slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape)
                    .map(s -> ((XSLFTextShape) s).getText()).findFirst().orElse(""));
        }
        return titles;
    }

    /** The charts on a slide, in the order they were placed. */
    public static List<ChartData> charts(XSLFSlide slide) {
        List<ChartData> charts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFGraphicFrame frame && frame.hasChart()) {
                charts.add(parse(frame.getChart()));
            }
        }
        return charts;
    }

    public static long pictures(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape).count();
    }

    private static ChartData parse(XSLFChart chart) {
        String xml = chart.getCTChartSpace().xmlText();
        String plot = xml.substring(xml.indexOf("<c:plotArea>"));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        Matcher s = SERIES.matcher(plot);
        while (s.find()) {
            String body = s.group(1);
            Matcher name = TX.matcher(body);
            String title = name.find() ? name.group(1) : "";
            Matcher val = VAL.matcher(body);
            List<Double> values = new ArrayList<>();
            if (val.find()) {
                Matcher pt = POINT.matcher(val.group(1));
                while (pt.find()) {
                    values.add(Double.parseDouble(pt.group(2)));
                }
            }
            if (categories.isEmpty()) {
                Matcher cat = CAT.matcher(body);
                if (cat.find()) {
                    Matcher pt = POINT.matcher(cat.group(1));
                    while (pt.find()) {
                        categories.add(pt.group(2));
                    }
                }
            }
            series.put(title, values);
        }
        String before = xml.substring(0, xml.indexOf("<c:plotArea>"));
        Matcher chartTitle = TEXT.matcher(before);
        String title = chartTitle.find() ? chartTitle.group(1) : "";
        String axes = plot.substring(plot.indexOf("<c:valAx>"));
        Matcher axisTitle = TEXT.matcher(axes);
        return new ChartData(unescape(title), axisTitle.find() ? unescape(axisTitle.group(1)) : "", series,
                categories, workbookSum(chart));
    }

    private static double workbookSum(XSLFChart chart) {
        try {
            double sum = 0;
            for (var row : chart.getWorkbook().getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        sum += cell.getNumericCellValue();
                    }
                }
            }
            return sum;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("the chart " + chart + " has no readable embedded workbook", e);
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }

    @Override
    public void close() throws IOException {
        show.close();
    }
}
