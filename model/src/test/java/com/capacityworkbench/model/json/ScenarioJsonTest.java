package com.capacityworkbench.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonTest {

    @TempDir
    Path dir;

    @Test
    void savedScenarioReadsBackEqual() throws Exception {
        Scenario scenario = TestScenarios.valid();
        Path file = dir.resolve("s.json");
        ScenarioJson.write(scenario, file);
        System.out.println(Files.readString(file));
        assertThat(ScenarioJson.read(file)).isEqualTo(scenario);
    }
}
