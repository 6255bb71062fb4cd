package com.capacityworkbench.app.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import org.junit.jupiter.api.Test;

class PoliciesViewModelTest {

    private final ScenarioDocument document = TestScenarios.frontierDocument();
    private final PoliciesViewModel form = new PoliciesViewModel(document);

    private static FormField field(String path) {
        return java.util.stream.Stream.of(PoliciesViewModel.SETTINGS, PoliciesViewModel.POLICIES, PoliciesViewModel.WEIGHTS)
                .flatMap(java.util.List::stream).filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void formFieldsEditNestedPoliciesAndWeightsAndUndo() {
        form.set(field("policies.carbonPricePerTonne"), "120");
        form.set(field("policies.firstRefusal"), "preference");
        form.set(field("weights.cost"), "2");

        assertThat(document.scenario().policies().carbonPricePerTonne()).isEqualTo(120);
        assertThat(document.scenario().policies().firstRefusal()).isEqualTo(FirstRefusalMode.PREFERENCE);
        assertThat(document.scenario().weights().cost()).isEqualTo(2);
        document.undo();
        assertThat(document.scenario().weights().cost()).isEqualTo(1);
        assertThat(form.text(field("policies.firstRefusal"))).isEqualTo("preference");
    }

    @Test
    void noPrimaryProviderIsAChoiceAndAnUnknownOneIsMarked() {
        form.set(field("policies.primaryProvider"), "(none)");
        assertThat(document.scenario().policies().primaryProvider()).isNull();

        assertThat(form.check(field("policies.primaryProvider"), "nobody")).get().asString().contains("nobody");
        assertThatThrownBy(() -> form.set(field("horizon.first"), "soon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFieldIsNamedAsItsKeyOnTheSettingsSheet() {
        assertThat(field("policies.carbonPricePerTonne").label()).isEqualTo("Carbon price ($/tCO2e)");
        assertThat(field("weights.cost").label()).isEqualTo("Weight cost");
        assertThat(field("policies.hostOverheadFraction").label()).isEqualTo("Host overhead (%)");
    }

    @Test
    void hostOverheadIsReadAndWrittenInPercentAsOnTheSheet() {
        FormField overhead = field("policies.hostOverheadFraction");
        assertThat(form.text(overhead)).isEqualTo("80");

        form.set(overhead, "120");

        assertThat(document.scenario().policies().hostOverheadFraction()).isEqualTo(1.2);
        assertThat(form.text(overhead)).isEqualTo("120");
        form.set(overhead, "35 %");
        assertThat(document.scenario().policies().hostOverheadFraction()).isEqualTo(0.35);
    }
}
