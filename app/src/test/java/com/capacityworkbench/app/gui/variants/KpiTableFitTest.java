package com.capacityworkbench.app.gui.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.table.ClippedText;
import com.capacityworkbench.app.gui.ui.FrozenColumnsTest;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The KPI table's columns fit what they show, every time a comparison is shown (its plan columns are new each time):
 * a variant's long name and its figures are not cut short.
 */
@ExtendWith(ApplicationExtension.class)
class KpiTableFitTest {

    private KpiTable table;

    @Start
    void start(Stage stage) {
        table = new KpiTable();
        stage.setScene(new Scene(table, 1400, 300));
        stage.show();
    }

    @Test
    void aVariantsLongNameAndItsFiguresShowWhole(FxRobot robot) throws Exception {
        Comparison first = KpiTableNoiseTest.comparison();
        robot.interact(() -> table.show(first));
        FrozenColumnsTest.waitForFit(table);
        assertThat(clipped(robot)).isEmpty();

        Comparison renamed = renamed(KpiTableNoiseTest.comparison(), "Abilene power -20 % from 2027-Q3");
        robot.interact(() -> table.show(renamed));
        FrozenColumnsTest.waitForFit(table);

        assertThat(table.getColumns()).anySatisfy(c -> assertThat(c.getGraphic()).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).startsWith("Abilene power")));
        assertThat(clipped(robot)).isEmpty();
    }

    private static Comparison renamed(Comparison comparison, String name) {
        ComparedPlan noisy = comparison.columns().get(1);
        List<ComparedPlan> columns = List.of(comparison.columns().get(0), new ComparedPlan(noisy.id(), name,
                noisy.scenario(), noisy.plan(), noisy.changes(), noisy.staleChanges(), noisy.seedRuns(), noisy.origin()),
                comparison.columns().get(2));
        return new Comparison(columns, comparison.kpis(), comparison.changesByVariant());
    }

    /** The texts shown cut short: the cells' and the plan columns' header labels. */
    private List<String> clipped(FxRobot robot) {
        Stream<Labeled> cells = robot.lookup("#kpi-table .table-cell").queryAllAs(TableCell.class).stream()
                .map(Labeled.class::cast);
        Stream<Labeled> headers = table.getColumns().stream().map(c -> c.getGraphic())
                .filter(Label.class::isInstance).map(Labeled.class::cast);
        return Stream.concat(cells, headers).filter(ClippedText::isClipped).map(Labeled::getText).toList();
    }
}
