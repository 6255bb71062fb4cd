package com.capacityworkbench.app.gui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.sites.SitesViewModel;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18: a table and its sheet of the spreadsheet contract name every field the same way, so rows copied from an
 * exported sheet paste back whole, and a pasted column the table has not is reported, never dropped unsaid.
 */
class PasteFromTheSpreadsheetTest {

    @TempDir
    Path dir;

    private final ScenarioDocument document = TestScenarios.frontierDocument();
    private final Scenario original = document.scenario();

    @Test
    void sitesCopiedFromAnExportedSitesSheetKeepTheirPowerCapsByPeriod() throws Exception {
        Site capped = original.sites().stream().filter(s -> !s.powerCapByPeriod().isEmpty()).findFirst().orElseThrow();
        SitesViewModel sites = new SitesViewModel(document);
        // The planner clears the caps in the app, then pastes the rows back from the workbook they exported.
        String copied = sheetAsTsv(exported(), "Sites");
        sites.edit(original.sites().indexOf(capped), "powerCapByPeriod", "");
        assertThat(document.scenario().sites()).doesNotContain(capped);

        EntityTableViewModel.PasteResult pasted = sites.paste(copied);

        assertThat(pasted.rows()).isEqualTo(original.sites().size());
        assertThat(pasted.ignoredColumns()).isEmpty();
        assertThat(document.scenario().sites()).containsExactlyElementsOf(original.sites());
    }

    @Test
    void aPastedColumnTheTableHasNotIsReported() {
        WorkloadsViewModel workloads = new WorkloadsViewModel(document);
        String tsv = "Workload\tKind\tDemand (ref accel)\tColour\tFrom\tTo\tPriority\tOwner\n"
                + "pasted\tinference\t800\tblue\t2027-Q1\t2027-Q4\t5\tana\n";

        EntityTableViewModel.PasteResult pasted = workloads.paste(tsv);

        assertThat(pasted.rows()).isEqualTo(1);
        assertThat(pasted.ignoredColumns()).containsExactly("Colour", "Owner");
        assertThat(document.scenario().workloads().getLast().demand()).isEqualTo(800);
    }

    @Test
    void headersAreReadAsImportReadsThemWithoutCaseOrUnit() {
        WorkloadsViewModel workloads = new WorkloadsViewModel(document);

        workloads.paste("workload\tKIND\tdemand\tfrom\tto\tpriority\nlower\tbatch\t64\t2027-Q1\t2027-Q2\t2\n");

        assertThat(document.scenario().workloads().getLast().demand()).isEqualTo(64);
    }

    private Path exported() throws Exception {
        Path file = dir.resolve("exported.xlsx");
        if (!Files.exists(file)) {
            ExcelScenarioWriter.write(original, file);
        }
        return file;
    }

    /** A sheet's cells as a spreadsheet puts them on the clipboard: tab-separated, as displayed. */
    private static String sheetAsTsv(Path workbookFile, String sheetName) throws Exception {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile())) {
            Sheet sheet = workbook.getSheet(sheetName);
            int width = sheet.getRow(0).getLastCellNum();
            List<String> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                if (!cells.getFirst().isBlank() && !cells.getFirst().startsWith("#")) {
                    lines.add(String.join("\t", cells));
                }
            }
            return lines.stream().collect(Collectors.joining("\n", "", "\n"));
        }
    }
}
