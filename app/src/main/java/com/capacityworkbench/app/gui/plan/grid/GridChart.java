package com.capacityworkbench.app.gui.plan.grid;

import com.capacityworkbench.app.gui.plan.chart.CanvasChart;
import com.capacityworkbench.app.gui.plan.chart.Contrast;
import com.capacityworkbench.app.gui.plan.chart.Palette;
import com.capacityworkbench.model.scenario.Period;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link GridModel}: row labels on the left, periods on top, one coloured cell per row and period.
 * Clicking a cell filters to its row and period, a row label to the row, a period header to the period.
 * The period header stays in view when the rows scroll; text on a cell contrasts with the cell's own colour; a
 * cell with a power cap has a strip along its bottom: the cap's width, filled as far as the power used.
 */
public final class GridChart extends CanvasChart {

    private static final double LABEL_WIDTH = 200;
    private static final double HEADER = 24;
    private static final double ROW = 20;

    private final BiConsumer<@Nullable String, @Nullable Period> onPick;
    private GridModel model = GridModel.EMPTY;
    /** The first visible y when the grid scrolls: the period header is drawn there. */
    private double top;
    private @Nullable String selectedRow;
    private @Nullable Period selectedPeriod;

    public GridChart(BiConsumer<@Nullable String, @Nullable Period> onPick) {
        this.onPick = onPick;
    }

    public void setModel(GridModel model) {
        this.model = model;
        requestLayout();
        redraw();
    }

    /** The chart filter's row (a pool, a site) and period, outlined; nulls for none. */
    public void select(@Nullable String rowKey, @Nullable Period period) {
        if (!java.util.Objects.equals(rowKey, selectedRow) || !java.util.Objects.equals(period, selectedPeriod)) {
            selectedRow = rowKey;
            selectedPeriod = period;
            redraw();
        }
    }

    @Override
    public void scrolledTo(double y) {
        if (y != top) {
            top = y;
            redraw();
        }
    }

    /** Where the period header is drawn now (the first visible y), for tests. */
    public double headerTop() {
        return top;
    }

    @Override
    protected double contentHeight(double available) {
        return HEADER + model.rows() * ROW + 4;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int cols = model.periods().size();
        if (cols == 0) {
            return;
        }
        double cell = cellWidth(width);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < model.rows(); r++) {
            double y = HEADER + r * ROW;
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(model.rowKeys().get(r) == null ? muted() : foreground());
            g.fillText(model.rowLabels().get(r), 6, y + ROW / 2, LABEL_WIDTH - 10);
            for (int c = 0; c < cols; c++) {
                drawCell(g, model.cells()[r][c], LABEL_WIDTH + c * cell, y, cell);
            }
        }
        drawSelection(g, cell, cols);
        drawHeader(g, width, cell, cols);
    }

    /** The selected row, period or cell, outlined in the theme's text colour over the cells' own colours. */
    private void drawSelection(GraphicsContext g, double cell, int cols) {
        int row = selectedRow == null ? -1 : model.rowKeys().indexOf(selectedRow);
        int col = selectedPeriod == null ? -1 : model.periods().indexOf(selectedPeriod);
        if (row < 0 && col < 0) {
            return;
        }
        g.setStroke(foreground());
        g.setLineWidth(2);
        double x = col < 0 ? LABEL_WIDTH : LABEL_WIDTH + col * cell;
        double w = col < 0 ? cols * cell : cell;
        double y = row < 0 ? HEADER : HEADER + row * ROW;
        double h = row < 0 ? model.rows() * ROW : ROW;
        g.strokeRect(x + 1, y + 1, w - 2, h - 2);
        g.setLineWidth(1);
    }

    /** The periods, over the rows at the first visible y, so they stay in view however far the rows scroll. */
    private void drawHeader(GraphicsContext g, double width, double cell, int cols) {
        double y = Math.min(top, Math.max(0, contentHeight(0) - HEADER));
        g.setFill(background());
        g.fillRect(0, y, width, HEADER);
        g.setFill(foreground());
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < cols; c++) {
            g.fillText(model.periods().get(c).toString(), LABEL_WIDTH + c * cell + cell / 2, y + HEADER / 2, cell - 2);
        }
    }

    private void drawCell(GraphicsContext g, GridModel.Cell cell, double x, double y, double w) {
        if (cell == null || Double.isNaN(cell.ratio())) {
            g.setStroke(muted().deriveColor(0, 1, 1, 0.25));
            g.strokeRect(x + 1, y + 1, w - 2, ROW - 2);
            return;
        }
        Color fill = Palette.utilization(cell.ratio());
        g.setFill(fill);
        g.fillRect(x + 1, y + 1, w - 2, ROW - 2);
        if (cell.flagged()) {
            g.setFill(Color.web("#E69F00"));
            g.fillPolygon(new double[] {x + w - 11, x + w - 1, x + w - 1}, new double[] {y + 1, y + 1, y + 11}, 3);
        }
        Color text = Contrast.textOn(fill);
        if (cell.capMw() != null) {
            // The cap's width, filled as far as the power used (all of it, and no further, when over the cap).
            g.setFill(text.deriveColor(0, 1, 1, 0.3));
            g.fillRect(x + 3, y + ROW - 5, w - 6, 2);
            g.setFill(text);
            g.fillRect(x + 3, y + ROW - 5, (w - 6) * Math.max(0, Math.min(1, cell.ratio())), 2);
        }
        if (w >= 40) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setFill(text);
            g.fillText(cell.label(), x + w / 2, y + ROW / 2 - (cell.capMw() != null ? 1 : 0), w - 4);
        }
    }

    @Override
    protected @Nullable Hit hitAt(double x, double y) {
        int cols = model.periods().size();
        if (cols == 0) {
            return null;
        }
        double cell = cellWidth(getWidth());
        int c = x < LABEL_WIDTH ? -1 : (int) ((x - LABEL_WIDTH) / cell);
        boolean onHeader = y >= top && y < top + HEADER;
        int r = y < HEADER || onHeader ? -1 : (int) ((y - HEADER) / ROW);
        if (c >= cols || r >= model.rows()) {
            return null;
        }
        if (r < 0 && c >= 0) {
            Period p = model.periods().get(c);
            return new Hit("Show assignments active in " + p, () -> onPick.accept(null, p));
        }
        if (r < 0) {
            return null;
        }
        String key = model.rowKeys().get(r);
        if (c < 0) {
            return new Hit(model.rowLabels().get(r), key == null ? null : () -> onPick.accept(key, null));
        }
        GridModel.Cell hit = model.cells()[r][c];
        Period p = model.periods().get(c);
        return hit == null ? null : new Hit(hit.tooltip(), key == null ? null : () -> onPick.accept(key, p));
    }

    private double cellWidth(double width) {
        return Math.max(24, (width - LABEL_WIDTH - 8) / Math.max(1, model.periods().size()));
    }
}
