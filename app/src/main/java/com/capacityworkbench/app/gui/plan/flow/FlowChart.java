package com.capacityworkbench.app.gui.plan.flow;

import com.capacityworkbench.app.gui.plan.chart.CanvasChart;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.plan.chart.Palette;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link FlowModel} as an alluvial diagram: bars per kind, provider and site sized by
 * accelerator-hours, bands between them. Clicking a provider or site (or a band into one) filters to it.
 */
public final class FlowChart extends CanvasChart {

    private static final double BAR = 14;
    private static final double GAP = 6;
    private static final double MARGIN = 16;
    private static final int STEPS = 24;

    private record Box(FlowModel.Node node, double x, double y, double h) {
    }

    private record Band(FlowModel.Link link, double x0, double y0, double x1, double y1, double h) {
        double centreAt(double x) {
            double t = (x - x0) / (x1 - x0);
            double s = t * t * (3 - 2 * t);
            return y0 + (y1 - y0) * s;
        }
    }

    private final Consumer<FlowModel.Node> onPick;
    private final Function<String, Color> providerColor;
    private FlowModel model = FlowModel.EMPTY;
    private final List<Box> boxes = new ArrayList<>();
    private @Nullable String selectedKey;
    private final List<Band> bands = new ArrayList<>();

    public FlowChart(Consumer<FlowModel.Node> onPick, Function<String, Color> providerColor) {
        this.onPick = onPick;
        this.providerColor = providerColor;
    }

    public void setModel(FlowModel model) {
        this.model = model;
        redraw();
    }

    /** The chart filter's provider or site, outlined; null for none. */
    public void select(@Nullable String key) {
        if (!java.util.Objects.equals(key, selectedKey)) {
            selectedKey = key;
            redraw();
        }
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        boxes.clear();
        bands.clear();
        if (model.total() <= 0) {
            g.setFill(muted());
            g.fillText("No placed workloads yet: solve to see where the accelerator-hours flow.", MARGIN, MARGIN + 10);
            return;
        }
        int maxNodes = model.columns().stream().mapToInt(List::size).max().orElse(1);
        double scale = (height - 2 * MARGIN - 20 - GAP * (maxNodes - 1)) / model.total();
        double[] xs = {160, width / 2 - BAR / 2, width - 240};
        Map<FlowModel.Node, Box> boxOf = new HashMap<>();
        for (int c = 0; c < 3; c++) {
            double y = MARGIN + 20;
            for (FlowModel.Node node : model.columns().get(c)) {
                double h = Math.max(1.5, node.value() * scale);
                Box box = new Box(node, xs[c], y, h);
                boxes.add(box);
                boxOf.put(node, box);
                y += h + GAP;
            }
        }
        Map<FlowModel.Node, Double> out = new HashMap<>();
        Map<FlowModel.Node, Double> in = new HashMap<>();
        for (FlowModel.Link link : model.links()) {
            Box from = boxOf.get(link.from());
            Box to = boxOf.get(link.to());
            double h = Math.max(1, link.value() * scale);
            double y0 = from.y() + out.merge(link.from(), h, Double::sum) - h;
            double y1 = to.y() + in.merge(link.to(), h, Double::sum) - h;
            Band band = new Band(link, from.x() + BAR, y0 + h / 2, to.x(), y1 + h / 2, h);
            bands.add(band);
            drawBand(g, band, colorOf(link.from().level() == FlowModel.Level.PROVIDER ? link.from() : link.to()));
        }
        g.setFont(Font.font(11.5));
        g.setTextBaseline(VPos.CENTER);
        for (Box box : boxes) {
            g.setFill(colorOf(box.node()));
            g.fillRect(box.x(), box.y(), BAR, box.h());
            if (box.node().key() != null && box.node().key().equals(selectedKey)) {
                g.setStroke(foreground());
                g.setLineWidth(2);
                g.strokeRect(box.x() - 2, box.y() - 2, BAR + 4, box.h() + 4);
                g.setLineWidth(1);
            }
            g.setFill(foreground());
            boolean left = box.node().level() == FlowModel.Level.KIND;
            g.setTextAlign(left ? TextAlignment.RIGHT : TextAlignment.LEFT);
            if (box.h() >= 7 || box.node().level() != FlowModel.Level.SITE) {
                g.fillText(box.node().label() + "  " + Figures.compact(box.node().value()),
                        left ? box.x() - 6 : box.x() + BAR + 6, box.y() + box.h() / 2, left ? 150 : 225);
            }
        }
        g.setFill(muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Workload kinds → providers → sites, accelerator-hours", MARGIN, MARGIN);
    }

    private void drawBand(GraphicsContext g, Band band, Color color) {
        double[] xsTop = new double[2 * (STEPS + 1)];
        double[] ys = new double[2 * (STEPS + 1)];
        for (int i = 0; i <= STEPS; i++) {
            double x = band.x0() + (band.x1() - band.x0()) * i / STEPS;
            double centre = band.centreAt(x);
            xsTop[i] = x;
            ys[i] = centre - band.h() / 2;
            xsTop[2 * STEPS + 1 - i] = x;
            ys[2 * STEPS + 1 - i] = centre + band.h() / 2;
        }
        g.setFill(color.deriveColor(0, 1, 1, 0.38));
        g.fillPolygon(xsTop, ys, xsTop.length);
    }

    private Color colorOf(FlowModel.Node node) {
        if (node.level() == FlowModel.Level.KIND) {
            return Color.web("#6e7781");
        }
        return node.provider() == null ? Palette.OTHER : providerColor.apply(node.provider());
    }

    @Override
    protected @Nullable Hit hitAt(double x, double y) {
        for (Box box : boxes) {
            if (x >= box.x() - 2 && x <= box.x() + BAR + 2 && y >= box.y() && y <= box.y() + box.h()) {
                return hit(box.node(), box.node().label() + ": " + Figures.compact(box.node().value()) + " accel-h ("
                        + Figures.pct(100 * box.node().value() / model.total()) + ")");
            }
        }
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band band = bands.get(i);
            if (x > band.x0() && x < band.x1() && Math.abs(y - band.centreAt(x)) <= Math.max(2, band.h() / 2)) {
                FlowModel.Link link = band.link();
                FlowModel.Node target = link.to().key() != null ? link.to() : link.from();
                return hit(target, link.from().label() + " → " + link.to().label() + ": "
                        + Figures.compact(link.value()) + " accel-h");
            }
        }
        return null;
    }

    private Hit hit(FlowModel.Node node, String text) {
        return new Hit(text, node.key() == null ? null : () -> onPick.accept(node));
    }
}
