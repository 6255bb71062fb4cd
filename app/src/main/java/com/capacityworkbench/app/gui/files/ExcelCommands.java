package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.formats.excel.ExcelPlanWriter;
import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import com.capacityworkbench.formats.excel.ExcelTemplate;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
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
    private final Supplier<Scenario> planScenario;
    private final TaskExecutor tasks;

    /** Excel commands that read and write in line (tests). */
    public ExcelCommands(ScenarioDocument document, FileCommands files, DialogService dialogs, Supplier<Plan> plan) {
        this(document, files, dialogs, plan, document::scenario, TaskExecutor.direct());
    }

    /**
     * @param planScenario the scenario the plan is read against (the open one, with its offers as pools when the plan
     *                     buys capacity)
     * @param tasks        runs the reading and writing (off the FX thread in the app: a large workbook takes seconds)
     */
    public ExcelCommands(ScenarioDocument document, FileCommands files, DialogService dialogs, Supplier<Plan> plan,
            Supplier<Scenario> planScenario, TaskExecutor tasks) {
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
        this.plan = plan;
        this.planScenario = planScenario;
        this.tasks = tasks;
    }

    /** Writes the empty scenario workbook (headers, drop-downs, example rows) for a planner to fill in. */
    public void writeTemplate() {
        dialogs.chooseSave("New Excel template", "capacity-workbench-template.xlsx", List.of("xlsx")).ifPresent(file ->
                tasks.run("Writing " + file.getFileName(), () -> {
                    ExcelTemplate.write(file);
                    return file;
                }, done -> dialogs.showInfo("Excel template", "Wrote " + file
                        + ". Fill it in, then use File ▸ Import from Excel."), error -> failed(file, error)));
    }

    public void exportPlan() {
        Plan current = plan.get();
        if (current == null) {
            dialogs.showInfo("Export plan to Excel", "There is no plan yet: solve the scenario first.");
            return;
        }
        Scenario scenario = document.scenario();
        Scenario readAgainst = planScenario.get();
        dialogs.chooseSave("Export plan to Excel", "plan.xlsx", List.of("xlsx")).ifPresent(file ->
                tasks.run("Exporting the plan to " + file.getFileName(), () -> {
                    ExcelPlanWriter.write(scenario, readAgainst, current, file);
                    return file;
                }, done -> { }, error -> {
                    if (error instanceof ScenarioFileException e) {
                        dialogs.showProblems("Cannot write " + file.getFileName(), file + " was not written. "
                                + PLAN_KEPT, e.problems().stream().map(FileProblem::toString).toList());
                    } else {
                        dialogs.showError("Cannot write " + file.getFileName(), file + " was not written: "
                                + (error instanceof OutOfMemoryError ? "the workbench ran out of memory while building"
                                        + " the workbook" : String.valueOf(error)) + ". " + PLAN_KEPT);
                    }
                }));
    }

    /** What a failed plan export tells the planner: the solve is not lost. */
    static final String PLAN_KEPT = "The plan is kept: it is still open here; export it again to another file or folder.";

    private void failed(Path file, Throwable error) {
        dialogs.showProblems("Cannot write " + file.getFileName(), file + " was not written.",
                error instanceof ScenarioFileException e ? e.problems().stream().map(FileProblem::toString).toList()
                        : List.of(String.valueOf(error)));
    }

    public void importWorkbook() {
        if (files.mayDiscard()) {
            dialogs.chooseOpen("Import scenario from Excel", List.of("xlsx")).ifPresent(this::importWorkbook);
        }
    }

    /**
     * Reads a workbook as a new, unsaved scenario, as a JSON file opens: a scenario that breaks rules opens with its
     * problems marked; every problem is shown (and nothing changed) when its cells cannot be read.
     */
    public void importWorkbook(Path file) {
        tasks.run("Importing " + file.getFileName(), () -> ScenarioFiles.readWithWarnings(file), imported -> {
                    document.restore(imported.scenario(), null);
                    files.replaced();
                    ImportWarnings.show(dialogs, file, imported);
                }, error -> dialogs.showProblems("Cannot import " + file.getFileName(),
                        file + " could not be imported; the open scenario is unchanged.",
                        error instanceof ScenarioFileException e
                                ? e.problems().stream().map(FileProblem::toString).toList()
                                : List.of(String.valueOf(error))));
    }

    public void exportScenario() {
        dialogs.chooseSave("Export scenario to Excel", document.scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".xlsx",
                List.of("xlsx")).ifPresent(this::exportScenario);
    }

    public void exportScenario(Path file) {
        Scenario scenario = document.scenario();
        tasks.run("Exporting " + file.getFileName(), () -> {
            ExcelScenarioWriter.write(scenario, file);
            return file;
        }, done -> { }, error -> failed(file, error));
    }
}
