package com.capacityworkbench.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.NormalDistribution;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #16: the uncertain inputs are saved in the scenario file and read back equal; none means none written. */
class UncertaintyInScenarioFileTest {

    @TempDir
    Path dir;

    private static Scenario withUncertainty() {
        return TestScenarios.valid().withUncertainty(new UncertaintyModel(List.of(
                new UncertainInput("H100 price", UncertainKind.PRICE_FACTOR, "accelerator", "h100",
                        new TriangularDistribution(0.7, 0.9, 1.1), "GPU market", Set.of()),
                new UncertainInput("Sweden slip", UncertainKind.POOL_DELAY, "pool", "sweden-h100",
                        DiscreteDistribution.chance(0.3), null, Set.of()),
                new UncertainInput("Chat growth", UncertainKind.DEMAND_FACTOR, "workload", "chat",
                        new NormalDistribution(1.2, 0.1, 0.9, 1.6), null, Set.of()),
                new UncertainInput("Sweden power", UncertainKind.POWER_CAP_FACTOR, "site", "azure-sweden",
                        new UniformDistribution(0.8, 1.0), null, Set.of()),
                new UncertainInput("EU logs to the US", UncertainKind.RESIDENCY_WIDENING, "dataset", "eu-logs",
                        DiscreteDistribution.chance(0.1), null, Set.of("US")))));
    }

    @Test
    void uncertainInputsComeBackEqualWithTheirShapesNamed() throws Exception {
        Path file = dir.resolve("uncertain.json");
        ScenarioJson.write(withUncertainty(), file);

        String text = Files.readString(file);
        assertThat(text).contains("\"uncertainty\"", "\"type\": \"triangular\"", "\"kind\": \"pool delay\"",
                "\"driver\": \"GPU market\"", "\"widenTo\": [\n        \"US\"\n      ]");
        // An input without a driver or a widening leaves them out.
        assertThat(text).doesNotContain("\"widenTo\": []", "\"driver\": null");
        assertThat(ScenarioJson.read(file)).isEqualTo(withUncertainty());
    }

    @Test
    void aScenarioWithoutUncertaintyIsWrittenAsBefore() throws Exception {
        Path file = dir.resolve("certain.json");
        ScenarioJson.write(TestScenarios.valid(), file);

        assertThat(Files.readString(file)).doesNotContain("uncertainty");
        assertThat(ScenarioJson.read(file).uncertainty().isEmpty()).isTrue();
    }

    @Test
    void aBadDistributionIsAProblemAtItsPlace() throws Exception {
        Path file = dir.resolve("bad.json");
        ScenarioJson.write(withUncertainty(), file);
        Files.writeString(file, Files.readString(file).replace("\"type\": \"triangular\"", "\"type\": \"lognormal\""));

        List<FileProblem> problems = ScenarioFileProblems.of(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).contains("uncertainty[0].distribution");
            assertThat(p.message()).startsWith("unknown type \"lognormal\"; expected one of: ")
                    .contains("uniform", "triangular", "normal", "discrete");
        });
    }
}
