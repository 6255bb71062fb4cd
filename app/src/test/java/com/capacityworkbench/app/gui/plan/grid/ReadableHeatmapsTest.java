package com.capacityworkbench.app.gui.plan.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.plan.chart.ChartPane;
import com.capacityworkbench.app.gui.plan.chart.Contrast;
import com.capacityworkbench.app.gui.plan.chart.Palette;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.scenario.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Readable heatmaps: text contrasts with its cell whatever the theme, the idle flag marks only material idle capacity,
 * the period header stays in view when the rows scroll, and the Power chart shows each cap.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableHeatmapsTest {

    private final Plan plan = TestPlans.frontier();
    private final List<Period> periods = TestScenarios.frontier().horizon().periods();
    private GridChart chart;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        chart = new GridChart((row, period) -> { });
        ChartPane pane = new ChartPane("capacity-chart", "test", chart, true, null);
        scroll = (ScrollPane) pane.getCenter();
        Scene scene = new Scene(pane, 900, 260);
        new com.capacityworkbench.app.gui.theme.ThemeManager().install(scene);
        stage.setScene(scene);
        // The stage is shared by the GUI tests of a run, and another may have sized it: this one needs a short one.
        stage.setWidth(900);
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void textOnACellIsWhicheverOfDarkAndWhiteContrastsMoreWithIt() {
        assertThat(Contrast.textOn(Palette.utilization(1.0))).as("on navy, full").isEqualTo(Contrast.LIGHT);
        assertThat(Contrast.textOn(Palette.utilization(0.0))).as("on pale blue, empty").isEqualTo(Contrast.DARK);
        assertThat(Contrast.textOn(Palette.utilization(1.5))).as("on red, over").isEqualTo(Contrast.LIGHT);
        for (double r = 0; r <= 1.0001; r += 0.05) {
            Color fill = Palette.utilization(r);
            assertThat(Contrast.ratio(Contrast.luminance(Contrast.textOn(fill)), Contrast.luminance(fill)))
                    .as("contrast at %.0f %%", 100 * r).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theIdleFlagMarksOnlyMaterialIdleCapacity() {
        assertThat(IdleFlag.material(900, 1000, 5_000_000)).as("10 % idle").isFalse();
        assertThat(IdleFlag.material(100, 1000, 50_000)).as("$50K idle").isFalse();
        assertThat(IdleFlag.material(700, 1000, 1_000_000)).as("30 % and $1M idle").isTrue();

        GridModel grid = CapacityGrid.of(plan, periods, Integer.MAX_VALUE);
        long flagged = Arrays.stream(grid.cells()).flatMap(Arrays::stream).filter(Objects::nonNull)
                .filter(GridModel.Cell::flagged).count();
        long material = plan.kpis().utilization().stream()
                .filter(u -> IdleFlag.material(u.used(), u.available(), u.idleSunkUsd())).count();
        long anyIdle = plan.kpis().utilization().stream().filter(u -> u.idleSunkUsd() > 0.5).count();
        assertThat(flagged).isEqualTo(material).isLessThanOrEqualTo(anyIdle);
    }

    @Test
    void thePowerChartShowsEachCapInTheCell() {
        GridModel grid = PowerGrid.of(plan, periods, Integer.MAX_VALUE);
        SitePower capped = plan.kpis().power().stream().filter(p -> p.capMw() != null).findFirst().orElseThrow();
        int row = grid.rowKeys().indexOf(capped.site());
        GridModel.Cell cell = grid.cells()[row][periods.indexOf(capped.period())];

        assertThat(cell.capMw()).isEqualTo(capped.capMw());
        assertThat(cell.label()).endsWith(" / " + com.capacityworkbench.app.gui.plan.chart.Figures.compact(capped.capMw())
                + " MW");
    }

    @Test
    void thePeriodHeaderStaysInViewWhenTheRowsScroll(FxRobot robot) {
        robot.interact(() -> chart.setModel(CapacityGrid.of(plan, periods, Integer.MAX_VALUE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getHeight()).as("more rows than fit").isGreaterThan(scroll.getViewportBounds().getHeight());

        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();

        double visibleTop = chart.getHeight() - scroll.getViewportBounds().getHeight();
        assertThat(chart.headerTop()).isCloseTo(visibleTop, org.assertj.core.data.Offset.offset(1.0));
        // The header's band is drawn in the theme's background over the rows, where the eye is.
        java.util.concurrent.atomic.AtomicReference<Color> band = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> band.set(chart.canvas().snapshot(null, null).getPixelReader()
                .getColor(3, (int) visibleTop + 3)));
        assertThat(band.get().getBrightness()).isGreaterThan(0.9);
    }
}
