package com.capacityworkbench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    @Test
    void jsonFilesAreWrittenAndReadByExtensionInAnyCase() throws Exception {
        Scenario scenario = TestScenarios.valid();
        Path file = dir.resolve("Scenario.JSON");

        ScenarioFiles.write(scenario, file);

        assertThat(Files.readString(file)).startsWith("{\n  \"schemaVersion\": 1,");
        assertThat(ScenarioFiles.read(file)).isEqualTo(scenario);
    }

    @Test
    void cwbFilesAreScenarioJsonUnderTheDesktopExtension() throws Exception {
        Scenario scenario = TestScenarios.valid();
        Path file = dir.resolve("plan-2027.cwb");

        ScenarioFiles.write(scenario, file);

        assertThat(Files.readString(file)).startsWith("{\n  \"schemaVersion\": 1,");
        assertThat(ScenarioFiles.read(file)).isEqualTo(scenario);
    }

    @Test
    void otherExtensionsAreRefusedWithTheSupportedOnes() throws Exception {
        Path text = dir.resolve("scenario.txt");
        Files.writeString(text, "{}");

        assertThatThrownBy(() -> ScenarioFiles.read(text))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageEndingWith("scenario.txt: unsupported file type \".txt\"; use " + ScenarioFiles.supportedExtensions());
        assertThatThrownBy(() -> ScenarioFiles.write(TestScenarios.valid(), dir.resolve("scenario")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageEndingWith("scenario: the file name has no extension; use " + ScenarioFiles.supportedExtensions());
        assertThat(dir.resolve("scenario")).doesNotExist();
    }

    @Test
    void aFolderIsNotAScenario() {
        assertThatThrownBy(() -> ScenarioFiles.read(Files.createDirectory(dir.resolve("plans.json"))))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageEndingWith("plans.json: is a folder, not a file");
    }
}
