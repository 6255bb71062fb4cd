package com.capacityworkbench.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18: a scenario that breaks rules reads the same from either format. Both files give the scenario back with
 * the same problems (located as each format allows), so the app opens either with its problems marked and the
 * command line refuses either for the same reasons.
 */
class OneValidationPathTest {

    @TempDir
    Path dir;

    // Demand 0 reads as a number from a cell (the sheet only asks for a number ≥ 0); the rule wants more than 0.
    private final Scenario broken = TestScenarios.withWorkload(1, w -> w.withDemand(0));

    @Test
    void aScenarioBreakingARuleComesBackWithTheSameProblemsFromJsonAndExcel() throws Exception {
        ImportedScenario json = written("broken.json");
        ImportedScenario excel = written("broken.xlsx");

        assertThat(json.scenario()).isEqualTo(broken);
        assertThat(excel.scenario().workloads()).isEqualTo(broken.workloads());
        assertThat(json.problems()).isNotEmpty();
        assertThat(excel.problems()).extracting(FileProblem::message)
                .containsExactlyElementsOf(json.problems().stream().map(FileProblem::message).toList());
    }

    @Test
    void eachFormatLocatesTheProblemAsItCan() throws Exception {
        assertThat(written("broken.json").problems()).extracting(FileProblem::location)
                .containsExactly("workloads[1].demand");
        assertThat(written("broken.xlsx").problems()).extracting(FileProblem::location)
                .containsExactly("Workloads!C3");
    }

    @Test
    void aValidScenarioHasNoProblemsInEitherFormat() throws Exception {
        for (String name : new String[] {"valid.json", "valid.xlsx"}) {
            Path file = dir.resolve(name);
            ScenarioFiles.write(TestScenarios.valid(), file);
            assertThat(ScenarioFiles.readWithWarnings(file).problems()).as(name).isEmpty();
        }
    }

    private ImportedScenario written(String name) throws Exception {
        Path file = dir.resolve(name);
        ScenarioFiles.write(broken, file);
        return ScenarioFiles.readWithWarnings(file);
    }
}
