package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.model.excel.ExcelScenarioReader;
import com.capacityworkbench.model.excel.ExcelScenarioWriter;
import com.capacityworkbench.model.io.FileProblem;
import com.capacityworkbench.model.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * File ▸ Import from Excel and Export scenario to Excel, through the model's Excel reader and writer.
 * An import that fails lists every problem as Sheet!Cell and leaves the open scenario as it was.
 */
public final class ExcelCommands {

    private final ScenarioDocument document;
    private final FileCommands files;
    private final DialogService dialogs;

    public ExcelCommands(ScenarioDocument document, FileCommands files, DialogService dialogs) {
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
    }

    public void importWorkbook() {
        if (files.mayDiscard()) {
            dialogs.chooseOpen("Import scenario from Excel", List.of("xlsx")).ifPresent(this::importWorkbook);
        }
    }

    /** Reads a workbook as a new, unsaved scenario; false (and every problem shown) when it cannot. */
    public boolean importWorkbook(Path file) {
        try {
            Scenario scenario = new ExcelScenarioReader(ScenarioValidator::validate).readFile(file);
            document.restore(scenario, null);
            files.replaced();
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
            dialogs.showProblems("Cannot export", file + " was not written.",
                    e.problems().stream().map(FileProblem::toString).toList());
            return false;
        }
    }
}
