package com.capacityworkbench.app.gui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.accelerators.AcceleratorsViewModel;
import com.capacityworkbench.app.gui.datasets.DatasetsViewModel;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.pools.PoolsViewModel;
import com.capacityworkbench.app.gui.providers.ProvidersViewModel;
import com.capacityworkbench.app.gui.purchases.BuildOutsViewModel;
import com.capacityworkbench.app.gui.purchases.OffersViewModel;
import com.capacityworkbench.app.gui.purchases.SpendTermsViewModel;
import com.capacityworkbench.app.gui.sites.SitesViewModel;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18: one schema per entity. The desktop app's tables, the workbook the program writes and the column tables
 * of docs/spreadsheet-contract.md (the contract other people's workbooks are written against) all come from the
 * schema of each contract sheet ({@link ContractHeaders}), so none can name, require or range a field another way.
 */
class OneSchemaTest {

    @TempDir
    Path dir;

    // The purchase sample: every sheet has rows, the optional Offers, Build-outs and Spend terms too.
    private final ScenarioDocument document = TestScenarios.buyDocument();
    private final Map<String, List<EntityColumn>> tables = Map.of(
            "providers", new ProvidersViewModel(document).columns(),
            "sites", new SitesViewModel(document).columns(),
            "accelerators", new AcceleratorsViewModel(document).columns(),
            "pools", new PoolsViewModel(document).columns(),
            "datasets", new DatasetsViewModel(document).columns(),
            "workloads", new WorkloadsViewModel(document).columns(),
            "purchaseOptions.offers", new OffersViewModel(document).columns(),
            "purchaseOptions.buildOuts", new BuildOutsViewModel(document).columns(),
            "purchaseOptions.spendTerms", new SpendTermsViewModel(document).columns());

    @Test
    void everyTableHasTheColumnsOfItsSheetInTheSheetsOrderWithItsHeaders() {
        assertThat(ContractHeaders.entitySheets()).extracting(ContractHeaders::list)
                .containsExactlyInAnyOrderElementsOf(tables.keySet());
        for (ContractHeaders sheet : ContractHeaders.entitySheets()) {
            List<EntityColumn> columns = tables.get(sheet.list());
            assertThat(columns).as(sheet.sheetName()).extracting(EntityColumn::field)
                    .containsExactlyElementsOf(sheet.fields());
            assertThat(columns).as(sheet.sheetName()).extracting(EntityColumn::header)
                    .containsExactlyElementsOf(headers(sheet));
        }
    }

    @Test
    void theWorkbookWritesTheSchemasHeaders() throws Exception {
        Path file = dir.resolve("exported.xlsx");
        ExcelScenarioWriter.write(document.scenario(), file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            for (ContractHeaders sheet : ContractHeaders.entitySheets()) {
                Row header = workbook.getSheet(sheet.sheetName()).getRow(0);
                List<String> written = new ArrayList<>();
                header.forEach(cell -> written.add(cell.getStringCellValue()));
                assertThat(written).as(sheet.sheetName()).containsExactlyElementsOf(headers(sheet));
            }
        }
    }

    @Test
    void theContractsColumnTablesAreTheSchemaAsDocumented() throws Exception {
        String contract = Files.readString(Path.of("..", "docs", "spreadsheet-contract.md"));
        for (ContractHeaders sheet : ContractHeaders.entitySheets()) {
            List<String> expected = sheet.fields().stream().map(f -> "| `" + sheet.header(f) + "` | "
                    + (sheet.required(f) ? "yes" : "no") + " | " + sheet.hint(f) + " |").toList();
            // "*(extra)*" marks a column beyond the product design's table; the schema does not need to know.
            List<String> documented = section(contract, "### " + sheet.sheetName()).lines()
                    .filter(l -> l.startsWith("| `")).map(l -> l.replace(" *(extra)*", "")).toList();
            assertThat(documented).as("docs/spreadsheet-contract.md, ### %s", sheet.sheetName())
                    .containsExactlyElementsOf(expected);

            List<String> ranged = sheet.fields().stream().filter(f -> !sheet.range(f).isEmpty())
                    .map(f -> "| " + sheet.sheetName() + " | `" + sheet.header(f) + "` | " + sheet.range(f) + " |")
                    .toList();
            List<String> rangesDocumented = section(contract, "## Ranges (validation rules)").lines()
                    .filter(l -> l.startsWith("| " + sheet.sheetName() + " | `")).toList();
            assertThat(rangesDocumented).as("docs/spreadsheet-contract.md, ## Ranges, %s", sheet.sheetName())
                    .containsExactlyElementsOf(ranged);
        }
    }

    /** The optional Uncertainty sheet: its table in the app and its section of the contract name the same columns. */
    @Test
    void theUncertaintySheetsColumnsAreItsTablesAndAsDocumented() throws Exception {
        String contract = Files.readString(Path.of("..", "docs", "spreadsheet-contract.md"));
        List<String> documented = section(contract, "### Uncertainty (optional sheet)").lines()
                .filter(l -> l.startsWith("| `"))
                .flatMap(l -> java.util.Arrays.stream(l.split("\\|")[1].split(",")))
                .map(c -> c.trim().replace("`", "")).toList();
        assertThat(documented).containsExactlyElementsOf(ContractHeaders.uncertainty());
        assertThat(new com.capacityworkbench.app.gui.uncertainty.UncertaintyViewModel(
                com.capacityworkbench.app.gui.TestScenarios.frontierDocument()).columns())
                .extracting(EntityColumn::header).containsExactlyElementsOf(ContractHeaders.uncertainty());
    }

    private static List<String> headers(ContractHeaders sheet) {
        return sheet.fields().stream().map(sheet::header).toList();
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = doc.indexOf("\n#", start + heading.length());
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }
}
