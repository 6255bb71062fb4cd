package com.capacityworkbench.app.gui.report;

import com.capacityworkbench.app.gui.plan.chart.CanvasChart;
import com.capacityworkbench.app.gui.plan.chart.ProviderColors;
import com.capacityworkbench.app.gui.plan.flow.FlowChart;
import com.capacityworkbench.app.gui.plan.flow.FlowModel;
import com.capacityworkbench.app.gui.plan.map.MapModel;
import com.capacityworkbench.app.gui.plan.map.WorldMap;
import com.capacityworkbench.app.gui.theme.ThemeManager;
import com.capacityworkbench.app.report.PlanPictures;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Draws the plan's flow diagram and map for the deck with the app's own charts, off-screen, in the light theme.
 * Runs on the JavaFX thread (snapshots must); the same numbers as the Plan screen's Flow and Map tabs.
 */
public final class PlanPictureRenderer {

    /** The picture's size in points on the slide; drawn at twice that for a sharp projection. */
    private static final double WIDTH = 888;
    private static final double HEIGHT = 396;
    private static final double SCALE = 2;
    /** As many sites and arcs as the Plan screen shows. */
    private static final int FLOW_SITES = 14;
    private static final int MAP_ARCS = 150;

    private PlanPictureRenderer() {
    }

    public static PlanPictures draw(Scenario scenario, Plan plan) {
        ProviderColors colors = new ProviderColors(() -> scenario);
        FlowChart flow = new FlowChart(node -> { }, colors);
        flow.setModel(FlowModel.of(plan, scenario, FLOW_SITES));
        WorldMap map = new WorldMap(site -> { }, colors);
        map.setModel(MapModel.of(scenario, plan, MAP_ARCS));
        map.setPrinted(true);
        return new PlanPictures(png(flow), png(map));
    }

    private static byte[] png(CanvasChart chart) {
        StackPane root = new StackPane(chart);
        root.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        ThemeManager.installLight(scene);
        root.applyCss();
        root.layout();
        chart.redraw();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        var image = root.snapshot(parameters, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
