package com.capacityworkbench.app.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.RecordingDialogs;
import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.ModelScenarioStore;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelCommandsTest {

    @TempDir
    Path dir;

    private final ScenarioDocument document = TestScenarios.frontierDocument();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Plan plan = TestPlans.frontier();

    private ExcelCommands commands() {
        var store = new ModelScenarioStore();
        var files = new FileCommands(document, store, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(store, dir.resolve("recovery")));
        return new ExcelCommands(document, files, dialogs, () -> plan);
    }

    @Test
    void aPlanExportThatFailsNamesTheFileAndSaysThePlanIsKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plan.xlsx"));
        dialogs.saveAnswer = folder;
        ExcelCommands excel = commands();

        excel.exportPlan();

        assertThat(dialogs.shown).singleElement().asString()
                .startsWith("Cannot write plan.xlsx: " + folder + " was not written. The plan is kept: it is still open")
                .endsWith("export it again to another file or folder. cannot save: it is a folder");

        Path good = dir.resolve("again.xlsx");
        dialogs.saveAnswer = good;
        excel.exportPlan();
        assertThat(dialogs.shown).hasSize(1);
        assertThat(Files.size(good)).isPositive();
    }

    @Test
    void anImportThatHadToGuessShowsEachWarningWithItsCellAfterLoading() throws Exception {
        Path workbook = dir.resolve("typed.xlsx");
        ScenarioFiles.write(document.scenario(), workbook);
        try (XSSFWorkbook edited = new XSSFWorkbook(Files.newInputStream(workbook))) {
            edited.getSheet("Workloads").getRow(2).setZeroHeight(true);
            try (var out = Files.newOutputStream(workbook)) {
                edited.write(out);
            }
        }

        commands().importWorkbook(workbook);

        assertThat(document.scenario().workloads()).hasSize(TestScenarios.frontier().workloads().size());
        assertThat(dialogs.shown).containsExactly("Imported typed.xlsx with 1 warning: " + workbook
                + " was imported. Check what was guessed: Workloads!A3: row 3 is hidden or filtered out, and was"
                + " imported like the others");
    }

    @Test
    void aWorkbookWhoseScenarioBreaksARuleIsImportedWithTheProblemMarkedAsAJsonFileOpens() throws Exception {
        Scenario broken = brokenFrontier();
        Path workbook = dir.resolve("broken.xlsx");
        ScenarioFiles.write(broken, workbook);
        Path json = dir.resolve("broken.json");
        ScenarioFiles.write(broken, json);

        commands().importWorkbook(workbook);

        assertThat(dialogs.shown).isEmpty();
        assertThat(document.scenario().workloads()).isEqualTo(broken.workloads());
        assertThat(document.messagesAt("workloads[0].demand")).containsExactly("must be more than 0, got 0");
        List<ValidationProblem> fromExcel = List.copyOf(document.problems());

        ScenarioDocument opened = TestScenarios.frontierDocument();
        var store = new ModelScenarioStore();
        new FileCommands(opened, store, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(store, dir.resolve("recovery"))).read(json);
        assertThat(dialogs.shown).isEmpty();
        assertThat(opened.problems()).containsExactlyElementsOf(fromExcel);
    }

    private static Scenario brokenFrontier() {
        Scenario frontier = TestScenarios.frontier();
        List<Workload> workloads = new ArrayList<>(frontier.workloads());
        workloads.set(0, workloads.getFirst().withDemand(0));
        return RecordEdit.with(frontier, "workloads", workloads);
    }
}
