package com.capacityworkbench.app.gui.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.NormalDistribution;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #16: the uncertain inputs edited in a table with the Uncertainty sheet's columns. */
class UncertaintyTableTest {

    private final ScenarioDocument document = TestScenarios.frontierDocument();
    private final UncertaintyViewModel table = new UncertaintyViewModel(document);
    private final Scenario original = document.scenario();

    private UncertainInput input(String name) {
        return document.scenario().uncertainty().inputs().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private int row(String name) {
        return table.list(document.scenario()).stream().map(UncertaintyRow::name).toList().indexOf(name);
    }

    @Test
    void theTableHasTheSheetsColumnsAndTheSamplesInputs() {
        assertThat(table.columns()).extracting(c -> c.header()).containsExactly("Name", "Kind", "Target", "Id",
                "Distribution", "Min", "Most likely", "Max", "Mean", "SD", "Outcomes", "Driver", "Widen to");
        assertThat(table.visibleRows()).hasSize(original.uncertainty().inputs().size());
        UncertaintyRow slip = table.list(original).get(row("Abilene slip"));
        assertThat(slip.kind()).isEqualTo("pool delay");
        assertThat(slip.distribution()).isEqualTo("discrete");
        assertThat(slip.outcomes()).contains(": ").contains(" %");
        assertThat(slip.min()).isNull();
    }

    @Test
    void aNumberCellChangesTheDistributionAndUndoRestoresIt() {
        int h100 = row("H100 price");
        UncertaintyRow before = table.list(original).get(h100);
        assertThat(before.distribution()).isEqualTo("triangular");

        table.edit(h100, "max", "1.5");

        TriangularDistribution now = (TriangularDistribution) input("H100 price").distribution();
        assertThat(now.max()).isEqualTo(1.5);
        assertThat(now.min()).isEqualTo(before.min());
        assertThat(document.undoLabelProperty().get()).contains("H100 price").contains("Max");
        document.undo();
        assertThat(document.scenario()).isEqualTo(original);
    }

    @Test
    void changingTheShapeKeepsTheRange() {
        int h100 = row("H100 price");
        UncertaintyRow was = table.list(original).get(h100);

        table.edit(h100, "distribution", "normal");
        NormalDistribution normal = (NormalDistribution) input("H100 price").distribution();
        assertThat(normal.min()).isEqualTo(was.min());
        assertThat(normal.max()).isEqualTo(was.max());
        assertThat(normal.mean()).isEqualTo(was.mostLikely());
        assertThat(normal.sd()).isEqualTo((was.max() - was.min()) / 4);

        table.edit(h100, "distribution", "uniform");
        assertThat(input("H100 price").distribution()).isEqualTo(new UniformDistribution(was.min(), was.max()));

        table.edit(h100, "distribution", "discrete");
        assertThat(input("H100 price").distribution()).isEqualTo(new DiscreteDistribution(List.of(
                new Outcome(was.min(), 0.5), new Outcome(was.max(), 0.5))));
        table.edit(h100, "outcomes", "0.8: 20 %; 1: 50 %; 1.4: 30 %");
        table.edit(h100, "distribution", "triangular");
        TriangularDistribution middle = (TriangularDistribution) input("H100 price").distribution();
        assertThat(List.of(middle.min(), middle.max())).containsExactly(0.8, 1.4);
        assertThat(middle.mode()).isCloseTo(1.1, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aCellTheShapeDoesNotReadIsRefusedWithTheShapeThatWouldReadIt() {
        int h100 = row("H100 price");

        assertThat(table.check(h100, "sd", "0.1")).get().asString()
                .isEqualTo("a triangular distribution has no SD: set Distribution to normal to use it");
        assertThatThrownBy(() -> table.edit(h100, "outcomes", "1: 100 %"))
                .hasMessageContaining("set Distribution to discrete");
        assertThat(document.scenario()).isEqualTo(original);
    }

    @Test
    void aBadValueIsMarkedWithTheValidatorsMessageAtItsCell() {
        int h100 = row("H100 price");

        assertThat(table.check(h100, "kind", "price hike")).get().asString().contains("is not a kind of uncertain input");
        assertThat(table.check(h100, "distribution", "lognormal")).get().asString().contains("is not a distribution");
        table.edit(h100, "mostLikely", "5");
        assertThat(table.problemsAt(h100, "distribution")).singleElement().asString()
                .contains("mode 5 is outside min");
        assertThat(document.problems()).isNotEmpty();
    }

    @Test
    void addAndPasteRowsCopiedFromTheUncertaintySheet() {
        table.add();
        UncertainInput added = document.scenario().uncertainty().inputs().getLast();
        assertThat(added.kind()).isEqualTo(UncertainKind.PRICE_FACTOR);
        assertThat(added.distribution()).isEqualTo(new UniformDistribution(0.9, 1.1));
        assertThat(document.problems()).isEmpty();

        table.paste("Name\tKind\tTarget\tId\tDistribution\tMin\tMost likely\tMax\tMean\tSD\tOutcomes\tDriver\tWiden to\n"
                + "Power slip\tpower cap factor\tsite\tlab-abilene\tnormal\t0.6\t\t1\t0.9\t0.1\t\tGrid\t\n");
        UncertainInput pasted = input("Power slip");
        assertThat(pasted.distribution()).isEqualTo(new NormalDistribution(0.9, 0.1, 0.6, 1));
        assertThat(pasted.driver()).isEqualTo("Grid");
        assertThat(table.copy(List.of(row("Power slip")))).contains("Power slip\tpower cap factor\tsite\tlab-abilene"
                + "\tnormal\t0.6\t\t1\t0.9\t0.1\t\tGrid\t");
    }
}
