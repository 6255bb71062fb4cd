package com.capacityworkbench.app.gui.plan.map;

import com.capacityworkbench.app.gui.plan.chart.CanvasChart;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.jspecify.annotations.Nullable;

/**
 * Sites on a world map: bubbles sized by peak placed accelerators and coloured by provider (the legend says which),
 * arcs for datasets moved away from their home site. Scroll to zoom at the cursor, drag to pan, double-click or
 * {@link #resetView()} to see the whole world again, click a site to filter to it (it stays ringed).
 */
public final class WorldMap extends CanvasChart {

    private static final double MAX_LAT = 78;
    private static final double MIN_LAT = -58;

    private final Consumer<String> onPickSite;
    private final Function<String, Color> providerColor;
    private final Map<String, Point2D> placed = new HashMap<>();
    private final Map<String, Double> radius = new HashMap<>();
    private MapModel model = MapModel.EMPTY;
    private double zoom = 1;
    private boolean printed;
    private double panX;
    private double panY;
    private double offsetX;
    private @Nullable Point2D dragFrom;
    private @Nullable String selectedSite;

    public WorldMap(Consumer<String> onPickSite, Function<String, Color> providerColor) {
        this.onPickSite = onPickSite;
        this.providerColor = providerColor;
        canvas().setOnScroll(e -> {
            double factor = e.getDeltaY() > 0 ? 1.25 : 0.8;
            double next = Math.max(1, Math.min(12, zoom * factor));
            panX = e.getX() - (e.getX() - panX) * next / zoom;
            panY = e.getY() - (e.getY() - panY) * next / zoom;
            zoom = next;
            if (zoom == 1) {
                panX = 0;
                panY = 0;
            }
            redraw();
        });
        canvas().setOnMousePressed(e -> {
            dragFrom = new Point2D(e.getX(), e.getY());
            if (e.getClickCount() == 2) {
                resetView();
            }
        });
        canvas().setOnMouseDragged(e -> {
            if (dragFrom != null && zoom > 1) {
                panX += e.getX() - dragFrom.getX();
                panY += e.getY() - dragFrom.getY();
                dragFrom = new Point2D(e.getX(), e.getY());
                redraw();
            }
        });
    }

    /** Back to the whole world: no zoom, no pan. */
    public void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        redraw();
    }

    public double zoom() {
        return zoom;
    }

    /** The chart filter's site, ringed; null for none. */
    public void select(@Nullable String site) {
        if (!java.util.Objects.equals(site, selectedSite)) {
            selectedSite = site;
            redraw();
        }
    }

    /** For a picture (the deck's): nobody can zoom or pan it, so the caption does not offer to. */
    public void setPrinted(boolean picture) {
        printed = picture;
        redraw();
    }

    public void setModel(MapModel model) {
        this.model = model;
        redraw();
    }

    private Point2D project(double lon, double lat, double w, double h) {
        double x = (lon + 180) / 360 * w;
        double y = (MAX_LAT - Math.max(MIN_LAT, Math.min(MAX_LAT, lat))) / (MAX_LAT - MIN_LAT) * h;
        return new Point2D(x * zoom + panX + offsetX, y * zoom + panY);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double w = Math.min(width, height * 360 / (MAX_LAT - MIN_LAT));
        double h = w * (MAX_LAT - MIN_LAT) / 360;
        offsetX = (width - w) / 2;
        Point2D topLeft = project(-180, MAX_LAT, w, h);
        Point2D bottomRight = project(180, MIN_LAT, w, h);
        g.save();
        g.beginPath();
        g.rect(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(), bottomRight.getY() - topLeft.getY());
        g.clip();
        g.setFill(muted().deriveColor(0, 1, 1, 0.25));
        for (double[] ring : WorldOutline.rings()) {
            fillRing(g, ring, w, h);
        }
        g.restore();
        placeBubbles(w, h);
        drawArcs(g);
        int maxAccel = model.sites().stream().mapToInt(MapModel.SiteBubble::peakAccelerators).max().orElse(1);
        for (MapModel.SiteBubble bubble : model.sites()) {
            Point2D p = placed.get(bubble.site().id());
            double r = bubble.peakAccelerators() == 0 ? 3 : 4 + 22 * Math.sqrt((double) bubble.peakAccelerators() / Math.max(1, maxAccel));
            radius.put(bubble.site().id(), r);
            Color c = providerColor.apply(bubble.site().provider());
            g.setFill(c.deriveColor(0, 1, 1, bubble.peakAccelerators() == 0 ? 0.35 : 0.7));
            g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            g.setStroke(c.darker());
            g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            if (bubble.site().id().equals(selectedSite)) {
                g.setStroke(foreground());
                g.setLineWidth(2.5);
                g.strokeOval(p.getX() - r - 3, p.getY() - r - 3, 2 * r + 6, 2 * r + 6);
                g.setLineWidth(1);
            }
        }
        drawLegend(g);
        g.setFill(muted());
        g.setFont(Font.font(11));
        g.fillText("Bubbles: peak placed accelerators per site, coloured by provider. Arcs: datasets moved"
                + (model.arcsLeftOut() > 0 ? " (largest " + model.arcs().size() + "; " + model.arcsLeftOut() + " more not drawn)" : "")
                + (printed ? "." : ". Scroll to zoom at the cursor, drag to pan, double-click to reset."), 8, height - 8);
    }

    /** The providers on the map and their colours, top left, over a band of the background. */
    private void drawLegend(GraphicsContext g) {
        List<String> providers = model.sites().stream().map(b -> b.site().provider()).distinct().sorted().toList();
        if (providers.isEmpty()) {
            return;
        }
        g.setFont(Font.font(11));
        g.setFill(background().deriveColor(0, 1, 1, 0.85));
        g.fillRect(4, 4, 150, 8 + 16 * providers.size());
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        for (int i = 0; i < providers.size(); i++) {
            double y = 12 + 16 * i;
            g.setFill(providerColor.apply(providers.get(i)));
            g.fillOval(10, y - 5, 10, 10);
            g.setFill(foreground());
            g.fillText(providers.get(i), 26, y, 124);
        }
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
    }

    /** The providers the legend lists, in its order, for tests. */
    public List<String> legend() {
        return model.sites().stream().map(b -> b.site().provider()).distinct().sorted().toList();
    }

    /**
     * Fills one land ring. Rings that cross the date line are unwrapped (longitudes made continuous) and
     * drawn once more a world-width away, so no band streaks across the map; Antarctica, below the
     * map's southern edge, is left out.
     */
    private void fillRing(GraphicsContext g, double[] ring, double w, double h) {
        int n = ring.length / 2;
        double[] lons = new double[n];
        double maxLat = -90;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double lon = ring[2 * i];
            if (i > 0) {
                while (lon - lons[i - 1] > 180) {
                    lon -= 360;
                }
                while (lons[i - 1] - lon > 180) {
                    lon += 360;
                }
            }
            lons[i] = lon;
            maxLat = Math.max(maxLat, ring[2 * i + 1]);
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
        }
        if (maxLat < MIN_LAT) {
            return;
        }
        for (double shift : new double[] {0, 360, -360}) {
            if (shift != 0 && !(shift > 0 ? minLon < -180 : maxLon > 180)) {
                continue;
            }
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                Point2D p = project(lons[i] + shift, ring[2 * i + 1], w, h);
                xs[i] = p.getX();
                ys[i] = p.getY();
            }
            g.fillPolygon(xs, ys, n);
        }
    }

    /** Sites sharing a place are set on a small circle around it so each stays visible and clickable. */
    private void placeBubbles(double w, double h) {
        placed.clear();
        Map<String, List<MapModel.SiteBubble>> byPlace = new HashMap<>();
        model.sites().forEach(b -> byPlace.computeIfAbsent(b.geography().id(), k -> new ArrayList<>()).add(b));
        for (List<MapModel.SiteBubble> group : byPlace.values()) {
            for (int i = 0; i < group.size(); i++) {
                MapModel.SiteBubble b = group.get(i);
                Point2D centre = project(b.geography().longitude(), b.geography().latitude(), w, h);
                double angle = 2 * Math.PI * i / group.size();
                double spread = group.size() == 1 ? 0 : 9 + 2 * group.size();
                placed.put(b.site().id(), centre.add(spread * Math.cos(angle), spread * Math.sin(angle)));
            }
        }
    }

    private void drawArcs(GraphicsContext g) {
        double maxTb = model.arcs().stream().mapToDouble(MapModel.DataArc::sizeTb).max().orElse(1);
        for (MapModel.DataArc arc : model.arcs()) {
            Point2D a = placed.get(arc.from().site().id());
            Point2D b = placed.get(arc.to().site().id());
            Point2D mid = a.midpoint(b).add(0, -0.25 * a.distance(b));
            g.setStroke(Color.web("#D55E00", 0.55));
            g.setLineWidth(1 + 3 * arc.sizeTb() / maxTb);
            g.beginPath();
            g.moveTo(a.getX(), a.getY());
            g.quadraticCurveTo(mid.getX(), mid.getY(), b.getX(), b.getY());
            g.stroke();
        }
        g.setLineWidth(1);
    }

    @Override
    protected @Nullable Hit hitAt(double x, double y) {
        MapModel.SiteBubble best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapModel.SiteBubble bubble : model.sites()) {
            Point2D p = placed.get(bubble.site().id());
            double d = p == null ? Double.MAX_VALUE : p.distance(x, y);
            if (d <= Math.max(6, radius.getOrDefault(bubble.site().id(), 4.0)) && d < bestDistance) {
                best = bubble;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        MapModel.SiteBubble b = best;
        long moved = model.arcs().stream().filter(a -> a.to() == b).count();
        return new Hit(b.site().id() + " (" + b.site().provider() + ", " + b.site().jurisdiction() + ")\n"
                + b.geography().name() + "\npeak " + Figures.integer(b.peakAccelerators()) + " accelerators, "
                + b.workloads() + " workload shards\n" + moved + " dataset(s) moved in",
                () -> onPickSite.accept(b.site().id()));
    }
}
