package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.WindowSize;
import com.capacityworkbench.app.gui.table.ClippedText;
import com.capacityworkbench.app.gui.variants.ChangeKind;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.Variant;
import java.util.concurrent.TimeUnit;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Variants screen, headless: create a variant, change a price, solve, read the KPI table and the diff. */
class VariantsScreenTest extends FrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The stage is shared by every GUI test class: the next one gets it back at the window's usual size. */
    @AfterEach
    void usualSize(FxRobot robot) {
        robot.interact(() -> shell.stage().setWidth(WindowSize.WIDTH));
    }

    @Test
    void createAVariantChangeAPriceCompareAndSeeKpisAndAMovedWorkload(FxRobot robot) throws Exception {
        robot.clickOn("#nav-variants");
        int before = shell.viewModel().document().scenario().variants().size();

        robot.clickOn("#variant-add");
        TextField name = robot.lookup("#variant-name").queryAs(TextField.class);
        robot.doubleClickOn(name).eraseText(20).write("CoreWeave x20").type(javafx.scene.input.KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ComboBox<String> target = robot.lookup("#change-field-target").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> id = robot.lookup("#change-field-id").queryAs(ComboBox.class);
        robot.interact(() -> {
            target.setValue("provider");
            id.setValue("coreweave");
        });
        robot.clickOn("#change-field-factor").write("20");
        robot.clickOn("#add-change");
        WaitForAsyncUtils.waitForFxEvents();

        Variant added = shell.viewModel().document().scenario().variants().get(before);
        assertThat(added.name()).isEqualTo("CoreWeave x20");
        assertThat(added.changes()).containsExactly(new PriceFactor(PriceTarget.PROVIDER, "coreweave", 20));
        assertThat(robot.lookup("#variant-changes .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .isEqualTo("1. Price of provider coreweave × 20.00 (+1900 %)");

        // A second change that shows in the diff whatever the solvers find: an added workload. (Moves off the
        // dearer neocloud need not: on short solves the base may find them better too and take them.)
        @SuppressWarnings("unchecked")
        ComboBox<ChangeKind> kind = robot.lookup("#change-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(ChangeKind.ADD_WORKLOAD));
        @SuppressWarnings("unchecked")
        ComboBox<String> source = robot.lookup("#change-field-source").queryAs(ComboBox.class);
        robot.interact(() -> source.setValue("ft-vision"));
        robot.clickOn("#change-field-id").write("ft-vision-2");
        robot.clickOn("#add-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.viewModel().document().scenario().variants().get(before).changes()).hasSize(2);

        // Not compared yet: a sentence where each chart will be, not empty axes.
        for (String chart : new String[] {"#kpi-chart", "#cost-by-provider-chart"}) {
            assertThat(robot.lookup(chart).query().isVisible()).as(chart).isFalse();
            assertThat(robot.lookup(chart + "-empty").queryAs(Label.class).getText()).startsWith("Compare the variants:");
        }
        robot.interact(() -> robot.lookup("#compare-view .spinner").queryAs(Spinner.class).getValueFactory().setValue(4));
        robot.clickOn("#compare-selected");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> !shell.viewModel().compare().runningProperty().get()
                        && shell.viewModel().compare().comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<KpiRow> kpis = robot.lookup("#kpi-table").queryAs(TableView.class);
        assertThat(kpis.getColumns()).extracting(c -> c.getGraphic() instanceof Label l ? l.getText() : c.getText())
                .contains("CoreWeave x20", "± Noise");
        KpiRow total = kpis.getItems().stream().filter(r -> r.kpi().equals("Total cost")).findFirst().orElseThrow();
        assertThat(total.values()).hasSize(2);
        assertThat(robot.lookup("#compare-state").queryAs(Label.class).getText()).startsWith("Compared 2 plans");

        robot.clickOn("Charts");
        // One colour per provider: the comparison's cost bars take each provider's colour of the plan's charts.
        var colors = new com.capacityworkbench.app.gui.plan.chart.ProviderColors(
                () -> shell.viewModel().document().scenario());
        @SuppressWarnings("unchecked")
        javafx.scene.chart.XYChart<Number, String> costByProvider =
                robot.lookup("#cost-by-provider-chart").queryAs(javafx.scene.chart.XYChart.class);
        assertThat(costByProvider.isVisible()).isTrue();
        assertThat(costByProvider.getData()).isNotEmpty().allSatisfy(series -> assertThat(series.getData())
                .allSatisfy(d -> assertThat(d.getNode().getStyle()).contains("-fx-bar-fill: "
                        + com.capacityworkbench.app.gui.plan.chart.Palette.css(colors.apply(series.getName())))));
        robot.interact(() -> shell.viewModel().compare().changesOfProperty().set(null));
        robot.clickOn("#bar-" + added.id());
        assertThat(shell.viewModel().compare().changesOfProperty().get()).as("a click on a bar filters the changes")
                .isEqualTo(added.id());

        robot.clickOn("Placement changes");
        @SuppressWarnings("unchecked")
        TableView<PlacementChange> changes = robot.lookup("#changes-table").queryAs(TableView.class);
        assertThat(changes.getItems()).as("the added workload, tied to the change that adds it")
                .anySatisfy(c -> {
                    assertThat(c.workload()).isEqualTo("ft-vision-2");
                    assertThat(c.kind()).isEqualTo(PlacementChangeKind.ADDED);
                    assertThat(c.cause()).isEqualTo(com.capacityworkbench.model.compare.PlacementCause.ADDED_OR_REMOVED);
                    assertThat(c.reason()).startsWith("Add workload ft-vision-2").endsWith(": it is added");
                });
        assertThat(changes.getItems()).as("a move tied to a change names one of the variant's changes")
                .filteredOn(c -> c.cause().causedByChange())
                .allSatisfy(c -> assertThat(c.reason()).matches("(Price of provider coreweave × 20\\.00 \\(\\+1900 %\\)"
                        + "|Add workload ft-vision-2 .*|The variant's changes together \\(.*\\)): .*"));
        assertThat(robot.lookup("#changes-table").queryAs(TableView.class).getColumns())
                .extracting(c -> ((javafx.scene.control.TableColumn<?, ?>) c).getText()).contains("Cause", "Why");
        // The workload, the change and where it ran read whole (the columns fit what they show; only a placement over
        // four pools or more runs past the widest column and shows on hover), and the workload stays at the left edge
        // while the long reasons scroll sideways.
        FrozenColumnsTest.waitForFit(changes);
        assertThat(robot.from(changes).lookup(".table-cell").queryAllAs(TableCell.class))
                .filteredOn(c -> c.getTableColumn() != null && c.getText() != null && c.getText().length() <= 45
                        && List.of("Workload", "Change", "From", "To").contains(c.getTableColumn().getText()))
                .isNotEmpty().noneMatch(ClippedText::isClipped);
        // How far the rows reach past the table depends on the moves the short solves find (on a 2-core machine at
        // times 3 px): the smallest window the workbench is made for leaves the reasons past the edge whatever they are.
        robot.interact(() -> shell.stage().setWidth(1024));
        FrozenColumnsTest.waitForFit(changes);
        double workloadX = FrozenColumnsTest.cellOf(robot, changes, 0, 0).localToScene(0, 0).getX();
        FrozenColumnsTest.scrollRight(robot, changes);
        assertThat(FrozenColumnsTest.cellOf(robot, changes, 0, 0).localToScene(0, 0).getX())
                .isCloseTo(workloadX, org.assertj.core.api.Assertions.within(1.0));

        // An edit after the comparison: it no longer describes the scenario, and says so until undone.
        Label stale = robot.lookup("#compare-stale").queryAs(Label.class);
        assertThat(stale.isVisible()).isFalse();
        robot.interact(() -> shell.viewModel().table(com.capacityworkbench.app.gui.main.Section.WORKLOADS)
                .orElseThrow().edit(0, "priority", "7"));
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).startsWith("Stale: the scenario or its variants changed after this comparison");
        robot.clickOn("#undo-button");
        assertThat(stale.isVisible()).isFalse();
    }

    @Test
    void aboutShowsTheVersionFromTheBuildAndTheWindowHasTheAppIcon(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-about");
        assertThat(dialogs.shown).anySatisfy(text -> assertThat(text)
                .contains("Capacity Workbench " + com.capacityworkbench.app.install.AppVersion.get(), "Java 25"));
        assertThat(com.capacityworkbench.app.install.AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(shell.stage().getIcons()).hasSizeGreaterThanOrEqualTo(4);
    }
}
