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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing from the Variants screen, without a stage: seeds, progress in words, the result. */
class CompareViewModelTest {

    @TempDir
    Path dir;

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

            // The export the Compare screen's button runs: written by the view-model, not the view.
            Path workbook = dir.resolve("comparison.xlsx");
            viewModel.exportWorkbook(workbook, error -> { throw new AssertionError(error); });
            assertThat(workbook).isNotEmptyFile();
            assertThat(viewModel.stateProperty().get()).isEqualTo("Comparison saved to comparison.xlsx");
        }
    }

    @Test
    void aComparisonAbandonedForAnotherFileNeverLandsOnScreen() throws Exception {
        Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json")).withVariants(List.of(
                new Variant("trn-late", "Trainium late", null, null, List.of(new PoolDelay("aws-use1-trn2", 1)))));
        ScenarioDocument document = new ScenarioDocument(tiny, ScenarioValidator::validate);
        AtomicInteger delivered = new AtomicInteger();
        try (SolverService solver = new SolverService()) {
            CompareViewModel viewModel = new CompareViewModel(document, solver, task -> {
                delivered.incrementAndGet();
                task.run();
            }, problems -> {
            });
            viewModel.secondsPerPlanProperty().set(5);
            assertThat(viewModel.compare(List.of())).isTrue();
            int before = delivered.get();

            // The user opens another file while the plans are being solved.
            viewModel.abandon();

            // The stopped comparison still reports (its plans so far, its finish): wait until it has gone quiet.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int seen = -1;
            while ((delivered.get() == before || delivered.get() != seen) && System.nanoTime() < deadline) {
                seen = delivered.get();
                Thread.sleep(1_500);
            }
            assertThat(delivered.get()).as("the late callbacks came").isGreaterThan(before);
            assertThat(viewModel.comparisonProperty().get() == null).as("and were dropped").isTrue();
            assertThat(viewModel.staleProperty().get()).isFalse();
            assertThat(viewModel.runningProperty().get()).isFalse();
            assertThat(viewModel.progress()).isEmpty();
            assertThat(viewModel.stateProperty().get()).isEqualTo("Not compared yet");
            assertThat(viewModel.compare(List.of())).as("a new comparison can start").isTrue();
            viewModel.stop();
        }
    }
}
