package com.capacityworkbench.app.gui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadsTableEditingTest {

    private final ScenarioDocument document = TestScenarios.frontierDocument();
    private final WorkloadsViewModel table = new WorkloadsViewModel(document);
    private final Scenario original = document.scenario();

    @Test
    void aCellEditChangesOneFieldAndUndoRestoresIt() {
        table.edit(0, "demand", "1,234");

        assertThat(document.scenario().workloads().getFirst().demand()).isEqualTo(1234);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.undoLabelProperty().get()).contains("gen6-pretrain").contains("Demand");
        assertThat(table.visibleRows().getFirst().value().demand()).isEqualTo(1234);

        document.undo();
        assertThat(document.scenario()).isEqualTo(original);
        assertThat(document.isDirty()).isFalse();
        document.redo();
        assertThat(document.scenario().workloads().getFirst().demand()).isEqualTo(1234);
    }

    @Test
    void choicesAndListsParseLikeTheSpreadsheet() {
        table.edit(0, "kind", "Fine tune");
        table.edit(0, "families", "cuda; ROCm");
        table.edit(0, "firstRefusal", "no");

        Workload w = document.scenario().workloads().getFirst();
        assertThat(w.kind()).isEqualTo(WorkloadKind.FINE_TUNE);
        assertThat(w.families()).isEqualTo(Set.of(SoftwareFamily.CUDA, SoftwareFamily.ROCM));
        assertThat(w.firstRefusal()).isFalse();
    }

    @Test
    void textThatDoesNotParseIsRejectedAndChangesNothing() {
        assertThatThrownBy(() -> table.edit(0, "demand", "lots")).hasMessageContaining("\"lots\" is not a number");
        assertThatThrownBy(() -> table.edit(0, "from", "2027-Q5")).isInstanceOf(IllegalArgumentException.class);

        assertThat(document.scenario()).isEqualTo(original);
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void checkMarksACellAsYouTypeWithTheValidatorsMessage() {
        assertThat(table.check(0, "datasets", "web-text-v7;no-such-dataset")).get().asString().contains("no-such-dataset");
        assertThat(table.check(0, "demand", "abc")).get().asString().contains("not a number");
        assertThat(table.check(0, "demand", "5000")).isEmpty();
        assertThat(document.scenario()).isEqualTo(original);
    }

    @Test
    void anInvalidCommittedValueIsMarkedOnItsCell() {
        table.edit(1, "datasets", "no-such-dataset");

        assertThat(table.problemsAt(1, "datasets")).isNotEmpty();
        assertThat(table.problemsAt(0, "datasets")).isEmpty();
        assertThat(document.problems()).isNotEmpty();
        document.undo();
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void pasteWithAHeaderAddsNewRowsAndReplacesKnownOnesInOneUndoStep() {
        int before = document.scenario().workloads().size();
        String tsv = "Workload\tKind\tDemand (ref accel)\tFrom\tTo\tPriority\n"
                + "pasted-a\tinference\t800\t2027-Q1\t2027-Q4\t5\n"
                + "gen6-pretrain\ttraining\t12345\t2026-Q3\t2027-Q2\t10\n";

        assertThat(table.paste(tsv).rows()).isEqualTo(2);

        List<Workload> after = document.scenario().workloads();
        assertThat(after).hasSize(before + 1);
        assertThat(after.getFirst().demand()).isEqualTo(12345);
        assertThat(after.getLast().id()).isEqualTo("pasted-a");
        assertThat(after.getLast().kind()).isEqualTo(WorkloadKind.INFERENCE);
        document.undo();
        assertThat(document.scenario()).isEqualTo(original);
    }

    @Test
    void pasteWithoutHeaderFollowsTheColumnOrderAndABadCellPastesNothing() {
        String bad = "x-1\ttraining\t100\t2027-Q1\t2027-Q2\t3\n" + "x-2\ttraining\tmany\t2027-Q1\t2027-Q2\t3\n";

        assertThatThrownBy(() -> table.paste(bad)).hasMessageContaining("row 2, Demand (ref accel)");
        assertThat(document.scenario()).isEqualTo(original);

        table.paste("x-1\ttraining\t100\t2027-Q1\t2027-Q2\t3\n");
        assertThat(document.scenario().workloads().getLast().id()).isEqualTo("x-1");
    }

    @Test
    void copiedRowsPasteBackUnchanged() {
        String copied = table.copy(List.of(0, 2));
        assertThat(copied.lines().findFirst()).hasValue(String.join("\t",
                table.columns().stream().map(EntityColumn::header).toList()));

        table.paste(copied);
        assertThat(document.scenario()).isEqualTo(original);
    }

    @Test
    void deleteSeveralRowsAndDuplicateWithUniqueIdsAreUndoable() {
        int before = original.workloads().size();
        table.delete(List.of(3, 1));
        assertThat(document.scenario().workloads()).hasSize(before - 2)
                .doesNotContain(original.workloads().get(1), original.workloads().get(3));
        document.undo();
        assertThat(document.scenario()).isEqualTo(original);

        table.duplicate(List.of(0));
        table.duplicate(List.of(0));
        assertThat(document.scenario().workloads().subList(before, before + 2)).extracting(Workload::id)
                .containsExactly("gen6-pretrain-copy", "gen6-pretrain-copy-2");
    }

    @Test
    void searchFiltersRowsByAnyColumn() {
        table.searchProperty().set("inference");

        assertThat(table.visibleRows()).isNotEmpty()
                .allMatch(r -> r.value().kind() == WorkloadKind.INFERENCE || r.value().id().contains("inference"));
        table.searchProperty().set("");
        assertThat(table.visibleRows()).hasSize(original.workloads().size());
    }
}
