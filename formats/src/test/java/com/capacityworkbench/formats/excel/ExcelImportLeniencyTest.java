package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook typed by a person, not by the exporter: columns shuffled, headers in odd case and spacing,
 * extra columns and sheets, blank and comment rows, numbers as text, formulas, TRUE/1 flags, dates for periods.
 */
class ExcelImportLeniencyTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle dateStyle = dateStyle();
    private final CellStyle percentStyle = percentStyle();

    @Test
    void aHandTypedWorkbookImports() throws Exception {
        sheet("Read me", row("This sheet is not part of the contract"));
        sheet("settings",
                row("  KEY ", "value", "my notes"),
                row("Scenario name", "  Hand typed  "),
                row(),
                row("first period", LocalDate.of(2027, 2, 15)),
                row("Last Period", "2027-Q4"),
                row("Primary provider", "azure"),
                row("First refusal", "Preference"),
                row("Max provider share", 0.6),
                row("Unknown key", "ignored"),
                row("# Carbon price ($/tCO2e)", "commented out"));
        setStyle("settings", 7, 1, percentStyle);
        sheet("Providers",
                row("Notes", "kind", "PROVIDER", "Egress cross-cloud ($/GB)"),
                row(null, "cloud", "azure", "0.087"),
                row("example", "cloud", "#aws"),
                row(null, "Self Built", "campus", "$0.01"));
        sheet("Sites",
                row("Site", "Provider", "Country", "Jurisdiction", "Sovereign", "Power cap", "Geography", "Colour"),
                row("azure-se", "azure", "Sweden", "EU", "FALSE", formula("40*2"), "eu-north", "blue"),
                row("tx", "campus", "US", "US", true, null, "US-South ", "red"));
        sheet("Accelerators",
                row("TDP (W)", "Memory (GB)", "Family", "Vendor", "Accelerator", "Training factor"),
                row("700", "80", "cuda", "NVIDIA", "H100", null),
                row(750, 192, "ROCM", "AMD", "MI300X", "0.85"));
        sheet("Pools",
                row("Pool", "Site", "Accelerator", "Count", "From", "To", "Pricing", "Price ($/accel-h)", "Count by period"),
                row("se-h100", "azure-se", "H100", "4,096", LocalDate.of(2027, 1, 1), "2027-q4", "Committed", "2.10",
                        " 2027-Q3 = 8192 ; "),
                row(),
                row("tx-mi300", "tx", "MI300X", formula("2^14"), "2027-Q1", LocalDate.of(2027, 12, 31), "self_built", 0.95));
        sheet("Datasets",
                row("Dataset", "Size (TB)", "Home site", "Allowed jurisdictions", "May leave provider"),
                row("eu-logs", "95", "azure-se", "EU; UK;", 0));
        sheet("Workloads",
                row("Workload", "Kind", "Demand (ref accel)", "From", "To", "Priority", "Families", "Datasets",
                        "First refusal", "Splittable", "Latency target (ms)", "User geography"),
                row("pretrain", "Training", "12,000", "2027-Q1", "2027-Q4", "10", "CUDA; ROCm", null, "yes", null),
                row("eu-chat", "inference", 1500, "2027-Q2", "2027-Q4", 8, null, "eu-logs", 1, "y", 250, "eu-central"));

        Period q1 = Period.quarter(2027, 1);
        Period q2 = Period.quarter(2027, 2);
        Period q3 = Period.quarter(2027, 3);
        Period q4 = Period.quarter(2027, 4);
        Scenario expected = new Scenario("Hand typed", null, new Horizon(q1, q4),
                List.of(new Provider("azure", ProviderKind.CLOUD, 0, 0.087, null),
                        new Provider("campus", ProviderKind.SELF_BUILT, 0, 0.01, null)),
                List.of(new Site("azure-se", "azure", "Sweden", "EU", false, 80.0, Map.of(), 1.0, 0, 0, "eu-north", 100),
                        new Site("tx", "campus", "US", "US", true, null, Map.of(), 1.0, 0, 0, "us-south", 100)),
                List.of(new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1, 1, 0),
                        new AcceleratorType("MI300X", "AMD", SoftwareFamily.ROCM, 192, 750, 0.85, 1, 0)),
                List.of(new Pool("se-h100", "azure-se", "H100", 4096, q1, q4, PricingKind.COMMITTED, 2.1, Map.of(q3, 8192)),
                        new Pool("tx-mi300", "tx", "MI300X", 16384, q1, q4, PricingKind.SELF_BUILT, 0.95, Map.of())),
                List.of(new Dataset("eu-logs", 95, "azure-se", Set.of("EU", "UK"), false)),
                List.of(new Workload("pretrain", WorkloadKind.TRAINING, 12000, q1, q4, 10,
                                Set.of(SoftwareFamily.CUDA, SoftwareFamily.ROCM), 0, List.of(), true, false, 1,
                                null, null, null, null, false),
                        new Workload("eu-chat", WorkloadKind.INFERENCE, 1500, q2, q4, 8, Set.of(), 0,
                                List.of("eu-logs"), true, true, FieldDefaults.MAX_SHARDS_WHEN_SPLITTABLE, 250.0, "eu-central",
                                null, null, false)),
                new Policies("azure", FirstRefusalMode.PREFERENCE, 0, 0, 60, Policies.DEFAULT_HOST_OVERHEAD),
                ConstraintWeights.defaults());

        assertThat(TestWorkbooks.READER.read(workbook, Path.of("hand.xlsx"))).isEqualTo(expected);
    }

    @Test
    void theUntouchedTemplateImportsAsAnEmptyScenario(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.xlsx");
        ExcelTemplate.write(file);
        assertThat(TestWorkbooks.READER.readFile(file)).isEqualTo(ExcelTemplate.emptyScenario());
    }

    /** A marker for a formula cell. */
    private record Formula(String text) {
    }

    private static Formula formula(String text) {
        return new Formula(text);
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private void sheet(String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (value) {
                    case String s -> cell.setCellValue(s);
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case Boolean b -> cell.setCellValue(b);
                    case LocalDate d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    }
                    case Formula f -> cell.setCellFormula(f.text());
                    default -> throw new IllegalArgumentException(value.toString());
                }
            }
        }
    }

    private void setStyle(String sheet, int row, int column, CellStyle style) {
        workbook.getSheet(sheet).getRow(row).getCell(column).setCellStyle(style);
    }

    private CellStyle dateStyle() {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    private CellStyle percentStyle() {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
        return style;
    }
}
