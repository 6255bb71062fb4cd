package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the test plan workbook, a scenario workbook and the template into a folder, for looking at
 * them in Excel or LibreOffice (not a test): {@code java ... SampleWorkbooks OUT_DIR}.
 */
public final class SampleWorkbooks {

    private SampleWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/sample-workbooks"));
        Scenario scenario = TestScenarios.rich();
        ExcelPlanWriter.write(scenario, TestPlans.forRich(scenario), dir.resolve("plan.xlsx"));
        ExcelScenarioWriter.write(scenario, dir.resolve("scenario.xlsx"));
        ExcelTemplate.write(dir.resolve("template.xlsx"));
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
