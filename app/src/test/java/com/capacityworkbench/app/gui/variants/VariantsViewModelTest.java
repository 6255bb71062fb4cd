package com.capacityworkbench.app.gui.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantsViewModelTest {

    private static Scenario tiny() throws Exception {
        return ScenarioJson.read(Path.of("..", "samples", "tiny.json"));
    }

    @Test
    void addRenameChangeAndUndoEveryStep() throws Exception {
        ScenarioDocument document = new ScenarioDocument(tiny(), ScenarioValidator::validate);
        VariantsViewModel vm = new VariantsViewModel(document);

        String id = vm.add("TPU cheaper", null);
        vm.rename(id, "Trainium cheaper");
        vm.addChange(id, new PriceFactor(PriceTarget.ACCELERATOR, "trn2", 0.8));

        Variant v = document.scenario().variants().getFirst();
        assertThat(v.id()).isEqualTo("tpu-cheaper");
        assertThat(v.name()).isEqualTo("Trainium cheaper");
        assertThat(v.changes()).containsExactly(new PriceFactor(PriceTarget.ACCELERATOR, "trn2", 0.8));
        assertThat(vm.selectedProperty().get()).isEqualTo(id);

        document.undo();
        assertThat(document.scenario().variants().getFirst().changes()).isEmpty();
        document.undo();
        assertThat(document.scenario().variants().getFirst().name()).isEqualTo("TPU cheaper");
        document.undo();
        assertThat(document.scenario().variants()).isEmpty();
        assertThat(vm.variants()).isEmpty();
        assertThat(vm.selectedProperty().get()).as("a variant undone away is no longer selected").isNull();
    }

    @Test
    void duplicateDeleteRebaseAndStaleChanges() throws Exception {
        ScenarioDocument document = new ScenarioDocument(tiny(), ScenarioValidator::validate);
        VariantsViewModel vm = new VariantsViewModel(document);
        String parent = vm.add("No Abilene", null);
        vm.addChange(parent, new RemovePool("abilene-mi300x"));
        String child = vm.add("No Abilene, cheaper AWS", parent);
        String copy = vm.duplicate(child).orElseThrow();

        assertThat(vm.childrenOf(parent)).extracting(Variant::id).containsExactly(child, copy);
        assertThat(copy).isEqualTo("no-abilene-cheaper-aws-copy");

        vm.delete(parent);
        assertThat(vm.childrenOf(null)).extracting(Variant::id).as("children move to the base")
                .containsExactly(child, copy);

        String stale = vm.add("Stale", null);
        vm.addChange(stale, new RemovePool("no-such-pool"));
        assertThat(vm.staleChanges(stale)).containsExactly(Map.entry(0, "pool \"no-such-pool\" no longer exists"));
    }

    @Test
    void changeKindsBuildChangesAndNameTheWrongField() throws Exception {
        Scenario s = tiny();
        assertThat(ChangeKind.PRICE_FACTOR.build(Map.of("target", "provider", "id", "aws", "factor", "0.8"), s))
                .isEqualTo(new PriceFactor(PriceTarget.PROVIDER, "aws", 0.8));
        assertThatThrownBy(() -> ChangeKind.PRICE_FACTOR.build(Map.of("target", "provider", "id", "aws", "factor", "cheap"), s))
                .hasMessage("Factor: a number, got \"cheap\"");
        assertThatThrownBy(() -> ChangeKind.POOL_DELAY.build(Map.of("pool", "abilene-mi300x", "periods", "1.5"), s))
                .hasMessage("Periods: a whole number, got 1.5");
        assertThatThrownBy(() -> ChangeKind.RESIDENCY.build(Map.of("dataset", "eu-chat-logs"), s))
                .hasMessageStartingWith("May also go to / No longer to");
        assertThat(ChangeKind.POLICY.build(Map.of("primary", "(unchanged)", "firstRefusal", "preference",
                "premium", "0.5"), s).describe())
                .isEqualTo("Policy: first refusal preference, first-refusal premium $0.50/accel-h");
        assertThat(ChangeKind.ADD_POOL.build(Map.of("source", "abilene-mi300x", "id", "abilene-2", "count", "500"), s)
                .describe()).startsWith("Add pool abilene-2 (500 ");
        assertThat(List.of(ChangeKind.values())).allSatisfy(k -> assertThat(k.fields()).isNotEmpty());
    }
}
