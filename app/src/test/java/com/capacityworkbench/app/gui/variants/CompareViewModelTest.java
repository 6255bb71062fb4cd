package com.capacityworkbench.app.gui.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.solver.service.SolverService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Comparing from the Variants screen, without a stage: seeds, progress in words, the result. */
class CompareViewModelTest {

    @Test
    void comparesWithTheChosenSeedsAndReportsQualityInWordsNotScores() throws Exception {
        Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json")).withVariants(List.of(
                new Variant("trn-late", "Trainium late", null, null, List.of(new PoolDelay("aws-use1-trn2", 1)))));
        ScenarioDocument document = new ScenarioDocument(tiny, ScenarioValidator::validate);
        try (SolverService solver = new SolverService()) {
            CompareViewModel viewModel = new CompareViewModel(document, solver, Runnable::run, problems -> {
            });
            assertThat(viewModel.seedsProperty().get()).as("auto by default").isEqualTo(CompareViewModel.AUTO_SEEDS);
            viewModel.seedsProperty().set(2);
            viewModel.secondsPerPlanProperty().set(5);

            assertThat(viewModel.compare(List.of())).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (viewModel.comparisonProperty().get() == null && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            Comparison comparison = viewModel.comparisonProperty().get();
            assertThat(comparison).isNotNull();
            assertThat(viewModel.runningProperty().get()).isFalse();
            assertThat(comparison.columns()).allSatisfy(c -> assertThat(c.seedRuns()).isNotEmpty().hasSizeLessThanOrEqualTo(2));
            assertThat(viewModel.progress()).hasSize(2).allSatisfy(row -> {
                assertThat(row.quality()).isNotBlank().doesNotContain("hard/", "soft");
                assertThat(row.state()).isNotEqualTo("waiting");
            });
            assertThat(viewModel.stateProperty().get()).startsWith("Compared 2 plans").contains("caused by a change");
        }
    }
}
