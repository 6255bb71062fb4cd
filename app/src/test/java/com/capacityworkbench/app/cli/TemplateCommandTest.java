package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.excel.ExcelScenarioReader;
import com.capacityworkbench.formats.excel.ExcelTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest extends CommandTest {

    @TempDir
    Path dir;


    @Test
    void writesATemplateThatImportsAsAnEmptyValidScenario() throws Exception {
        Path file = dir.resolve("new.xlsx");
        assertThat(run("template", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Template written to " + file);
        List<String> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(workbook.getSheet("Pools").getDataValidations()).isNotEmpty();
        }
        // The optional purchase sheets are there to show how they are filled: one example row each (issue #17).
        assertThat(sheets).containsExactly("Instructions", "Settings", "Providers", "Sites", "Accelerators", "Pools",
                "Datasets", "Workloads", "Offers", "Build-outs", "Spend terms", "Lists");
        var scenario = ExcelScenarioReader.read(file);
        assertThat(scenario.name()).isEqualTo(ExcelTemplate.NEW_SCENARIO_NAME);
        assertThat(scenario.workloads()).isEmpty();
        assertThat(scenario.purchaseOptions().isEmpty()).isTrue();
    }

    @Test
    void refusesANameThatIsNotXlsx() {
        assertThat(run("template", dir.resolve("new.csv").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("give a file name ending in .xlsx");
        assertThat(Files.exists(dir.resolve("new.csv"))).isFalse();
    }

    @Test
    void reportsAFolderThatDoesNotExistWithoutAStackTrace() {
        Path file = dir.resolve("missing").resolve("new.xlsx");
        assertThat(run("template", file.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("workbench template: " + file + ": cannot save").doesNotContain("Exception");
    }
}
