package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The empty scenario workbook a planner starts from: an Instructions sheet, every contract sheet with
 * its headers and drop-downs, default settings, and example rows (names starting with "#", ignored on import).
 */
public final class ExcelTemplate {

    /** The scenario an untouched template imports to. */
    public static final String NEW_SCENARIO_NAME = "New scenario";

    private ExcelTemplate() {
    }

    public static void write(Path file) throws ScenarioFileException {
        StyledWorkbook.save(file, "the template", (workbook, styles) -> {
            InstructionsSheet.write(workbook, styles);
            new ScenarioSheetsWriter(workbook, styles).write(emptyScenario(), examples());
        });
    }

    static Scenario emptyScenario() {
        return new Scenario(NEW_SCENARIO_NAME, null, new Horizon(Period.quarter(2027, 1), Period.quarter(2028, 4)),
                null, null, null, null, null, null, null, null);
    }

    private static ScenarioSheetsWriter.ExampleRows examples() {
        return new ScenarioSheetsWriter.ExampleRows(
                List.of(row("#azure", "cloud", 0.02, 0.087, "example row: ignored because its name starts with #"),
                        row("#campus", "self-built", 0, 0.01, null)),
                List.of(row("#azure-swedencentral", "azure", "Sweden", "EU", "no", 80, "2027-Q1=40;2028-Q1=80", 1.18,
                                41, null, "eu-north", 400),
                        row("#campus-tx", "campus", "US", "US", "yes", 150, null, 1.3, 396, 58, "us-south", 100)),
                List.of(row("#H100", "NVIDIA", "CUDA", 80, 700, 1.0, 1.0, 35),
                        row("#MI300X", "AMD", "ROCm", 192, 750, 0.85, 1.1, 40)),
                List.of(row("#azure-h100", "azure-swedencentral", "H100", 4096, "2027-Q1", "2028-Q4", "committed", 2.1,
                                "2027-Q3=8192"),
                        row("#tx-mi300x", "campus-tx", "MI300X", 16384, "2027-Q2", "2028-Q4", "self-built", 0.95, null)),
                List.of(row("#eu-chat-logs", 95, "azure-swedencentral", "EU;UK", "no"),
                        row("#web-crawl", 1800, "campus-tx", null, "yes")),
                List.of(row("#frontier-pretrain", "training", 12000, "2027-Q1", "2028-Q4", 10, "CUDA;ROCm", 80,
                                "web-crawl", "yes", "no", 1, null, null, 21, 2500000, "no"),
                        row("#eu-assistant", "inference", 1500, "2027-Q2", "2028-Q4", 8, null, null, "eu-chat-logs",
                                "yes", "yes", 3, 250, "eu-central", null, null, "no")),
                List.of(row("#azure-h100-2028", "azure", "azure-swedencentral", "H100", 2048, 1, 4, "2027-Q3", 2, 8, 1.9,
                        null)),
                List.of(row("#campus-tx-phase-2", "campus-tx", 200, "2027-Q4", 12_000_000, 12, "H100;MI300X")),
                List.of(row("#azure-commit", "azure", "2027-Q1", "2028-Q4", 4_000_000_000L, null)));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
