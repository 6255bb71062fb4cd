package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import java.nio.file.Path;

/**
 * After a scenario is opened or imported: what the Excel reader had to guess, each with its cell, in the same list
 * dialog as import problems, so the planner checks it before trusting the plan.
 */
final class ImportWarnings {

    private ImportWarnings() {
    }

    static void show(DialogService dialogs, Path file, ImportedScenario imported) {
        if (imported.warnings().isEmpty()) {
            return;
        }
        int count = imported.warnings().size();
        dialogs.showProblems("Imported " + file.getFileName() + " with " + count + (count == 1 ? " warning" : " warnings"),
                file + " was imported. Check what was guessed:",
                imported.warnings().stream().map(FileProblem::toString).toList());
    }
}
