package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.formats.excel.ExcelPlanWriter;
import com.capacityworkbench.formats.excel.ExcelScenarioReader;
import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import com.capacityworkbench.formats.excel.ExcelTemplate;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * File ▸ Import from Excel, Export scenario or plan to Excel and New Excel template, through the model's
 * Excel reader and writers.
 * An import that fails lists every problem as Sheet!Cell and leaves the open scenario as it was.
 */
public final class ExcelCommands {

    private final ScenarioDocument document;
    private final FileCommands files;
    private final DialogService dialogs;
    private final Supplier<Plan> plan;

    public ExcelCommands(ScenarioDocument document, FileCommands files, DialogService dialogs, Supplier<Plan> plan) {
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
        this.plan = plan;
    }

    /** Writes the empty scenario workbook (headers, drop-downs, example rows) for a planner to fill in. */
    public void writeTemplate() {
        dialogs.chooseSave("New Excel template", "capacity-workbench-template.xlsx", List.of("xlsx")).ifPresent(file -> {
            try {
                ExcelTemplate.write(file);
                dialogs.showInfo("Excel template", "Wrote " + file + ". Fill it in, then use File ▸ Import from Excel.");
            } catch (ScenarioFileException e) {
                failed(file, e);
            }
        });
    }

    public void exportPlan() {
        Plan current = plan.get();
        if (current == null) {
            dialogs.showInfo("Export plan to Excel", "There is no plan yet: solve the scenario first.");
            return;
        }
        dialogs.chooseSave("Export plan to Excel", "plan.xlsx", List.of("xlsx")).ifPresent(file -> {
            try {
                ExcelPlanWriter.write(document.scenario(), current, file);
            } catch (ScenarioFileException e) {
                dialogs.showProblems("Cannot write " + file.getFileName(), file + " was not written. " + PLAN_KEPT,
                        e.problems().stream().map(FileProblem::toString).toList());
            } catch (OutOfMemoryError e) {
                dialogs.showError("Cannot write " + file.getFileName(), file + " was not written: the workbench ran out"
                        + " of memory while building the workbook. " + PLAN_KEPT);
            }
        });
    }

    /** What a failed plan export tells the planner: the solve is not lost. */
    static final String PLAN_KEPT = "The plan is kept: it is still open here; export it again to another file or folder.";

    private void failed(Path file, ScenarioFileException e) {
        dialogs.showProblems("Cannot write " + file.getFileName(), file + " was not written.",
                e.problems().stream().map(FileProblem::toString).toList());
    }

    public void importWorkbook() {
        if (files.mayDiscard()) {
            dialogs.chooseOpen("Import scenario from Excel", List.of("xlsx")).ifPresent(this::importWorkbook);
        }
    }

    /** Reads a workbook as a new, unsaved scenario; false (and every problem shown) when it cannot. */
    public boolean importWorkbook(Path file) {
        try {
            ImportedScenario imported = new ExcelScenarioReader(ScenarioValidator::validate).readFileWithWarnings(file);
            document.restore(imported.scenario(), null);
            files.replaced();
            ImportWarnings.show(dialogs, file, imported);
            return true;
        } catch (ScenarioFileException e) {
            dialogs.showProblems("Cannot import " + file.getFileName(),
                    file + " could not be imported; the open scenario is unchanged.",
                    e.problems().stream().map(FileProblem::toString).toList());
            return false;
        }
    }

    public void exportScenario() {
        dialogs.chooseSave("Export scenario to Excel", document.scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".xlsx",
                List.of("xlsx")).ifPresent(this::exportScenario);
    }

    public boolean exportScenario(Path file) {
        try {
            ExcelScenarioWriter.write(document.scenario(), file);
            return true;
        } catch (ScenarioFileException e) {
            failed(file, e);
            return false;
        }
    }
}
