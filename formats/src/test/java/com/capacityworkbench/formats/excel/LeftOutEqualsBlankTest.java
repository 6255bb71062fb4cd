package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.model.testing.Copy.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.testing.TestScenarios;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #21 item 4: a field left out of a JSON scenario and a blank cell in the workbook mean the same value, the
 * one docs/scenario-json.md and docs/spreadsheet-contract.md state.
 */
class LeftOutEqualsBlankTest {

    /** Each optional figure or flag: its JSON list, field and the header of its column. */
    private record Optional(String list, String field, String sheet, String header) {
    }

    private static final List<Optional> OPTIONAL = List.of(
            new Optional("providers", "egressSameProviderPerGb", "Providers", "Egress same provider ($/GB)"),
            new Optional("providers", "egressCrossCloudPerGb", "Providers", "Egress cross-cloud ($/GB)"),
            new Optional("providers", "inCloudGbps", "Providers", "In-cloud link (Gbps)"),
            new Optional("sites", "sovereign", "Sites", "Sovereign"),
            new Optional("sites", "pue", "Sites", "PUE"),
            new Optional("sites", "carbonGPerKwh", "Sites", "Carbon (g/kWh)"),
            new Optional("sites", "energyPricePerMwh", "Sites", "Energy price ($/MWh)"),
            new Optional("sites", "linkGbps", "Sites", "Link (Gbps)"),
            new Optional("accelerators", "trainingFactor", "Accelerators", "Training factor"),
            new Optional("accelerators", "inferenceFactor", "Accelerators", "Inference factor"),
            new Optional("accelerators", "servingLatencyMs", "Accelerators", "Serving latency (ms)"),
            new Optional("datasets", "mayLeaveProvider", "Datasets", "May leave provider"),
            new Optional("workloads", "minMemoryGb", "Workloads", "Min memory (GB)"),
            new Optional("workloads", "firstRefusal", "Workloads", "First refusal"),
            new Optional("workloads", "splittable", "Workloads", "Splittable"),
            new Optional("workloads", "maxShards", "Workloads", "Max shards"),
            new Optional("workloads", "requiresSovereign", "Workloads", "Requires sovereign"));

    @TempDir
    Path dir;

    @Test
    void aLeftOutFieldAndABlankCellReadAsTheDocumentedDefault() throws Exception {
        Scenario expected = withDocumentedDefaults(TestScenarios.valid());

        assertThat(ScenarioJson.read(jsonLeavingOut(expected))).isEqualTo(expected);
        assertThat(ExcelScenarioReader.read(workbookLeavingBlank(expected))).isEqualTo(expected);
    }

    @Test
    void policiesAndWeightsLeftOutTakeTheSettingsSheetsBlankValues() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(ScenarioJson.toJson(TestScenarios.valid()));
        tree.set("policies", mapper.createObjectNode().put("primaryProvider", "azure"));
        tree.set("weights", mapper.createObjectNode().put("cost", 2));
        Path file = dir.resolve("partial-policies.json");
        Files.writeString(file, mapper.writeValueAsString(tree));

        Scenario read = ScenarioJson.read(file);

        assertThat(read.policies()).isEqualTo(new Policies("azure", FirstRefusalMode.OFF, 0, 0, 100, 0.9));
        assertThat(read.weights()).isEqualTo(new ConstraintWeights(1, 1, 2, 1, 1));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        Scenario scenario = withDocumentedDefaults(TestScenarios.valid());
        Workload training = scenario.workloads().get(0);
        Workload inference = scenario.workloads().get(1);
        assertThat(training.splittable()).isFalse();
        assertThat(training.maxShards()).isEqualTo(1);
        assertThat(inference.splittable()).isTrue();
        assertThat(inference.maxShards()).isEqualTo(4);
        assertThat(scenario.datasets()).allMatch(Dataset::mayLeaveProvider);
        assertThat(scenario.sites()).allSatisfy(s -> {
            assertThat(s.pue()).isEqualTo(1.0);
            assertThat(s.linkGbps()).isEqualTo(100);
        });
        assertThat(scenario.providers()).allSatisfy(p -> assertThat(p.inCloudGbps()).isEqualTo(1000));
    }

    /** The test scenario with every optional figure and flag set to what the docs say a left-out one means. */
    private static Scenario withDocumentedDefaults(Scenario scenario) {
        List<Provider> providers = scenario.providers().stream().map(p -> with(with(with(p,
                "egressSameProviderPerGb", 0.0), "egressCrossCloudPerGb", 0.0), "inCloudGbps", 1000.0)).toList();
        List<Site> sites = scenario.sites().stream().map(s -> with(with(with(with(with(s, "sovereign", false),
                "pue", 1.0), "carbonGPerKwh", 0.0), "energyPricePerMwh", 0.0), "linkGbps", 100.0)).toList();
        List<AcceleratorType> accelerators = scenario.accelerators().stream().map(a -> with(with(with(a,
                "trainingFactor", 1.0), "inferenceFactor", 1.0), "servingLatencyMs", 0.0)).toList();
        List<Dataset> datasets = scenario.datasets().stream().map(d -> with(d, "mayLeaveProvider", true)).toList();
        List<Workload> workloads = scenario.workloads().stream().map(w -> {
            boolean inference = w.kind().isInference();
            return with(with(with(with(with(w, "minMemoryGb", 0.0), "firstRefusal", false), "splittable", inference),
                    "maxShards", inference ? 4 : 1), "requiresSovereign", false);
        }).toList();
        Scenario defaulted = with(with(with(with(with(scenario, "providers", providers), "sites", sites),
                "accelerators", accelerators), "datasets", datasets), "workloads", workloads);
        return defaulted;
    }

    private Path jsonLeavingOut(Scenario scenario) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(ScenarioJson.toJson(scenario));
        for (Optional optional : OPTIONAL) {
            for (JsonNode element : tree.get(optional.list())) {
                ((ObjectNode) element).remove(optional.field());
            }
        }
        Path file = dir.resolve("left-out.json");
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        assertThat(Files.readString(file)).doesNotContain("\"pue\"", "\"mayLeaveProvider\"", "\"splittable\"");
        return file;
    }

    private Path workbookLeavingBlank(Scenario scenario) throws Exception {
        try (XSSFWorkbook workbook = TestWorkbooks.of(scenario)) {
            for (Optional optional : OPTIONAL) {
                blankColumn(workbook.getSheet(optional.sheet()), optional.header());
            }
            return TestWorkbooks.save(workbook, dir.resolve("blank.xlsx"));
        }
    }

    private static void blankColumn(Sheet sheet, String header) {
        int column = -1;
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                column = cell.getColumnIndex();
            }
        }
        assertThat(column).as("column %s on %s", header, sheet.getSheetName()).isNotNegative();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                row.getCell(column).setBlank();
            }
        }
    }
}
