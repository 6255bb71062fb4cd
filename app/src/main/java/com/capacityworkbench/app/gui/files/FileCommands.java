package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.document.NewScenario;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.service.ScenarioStore;
import com.capacityworkbench.model.io.FileProblem;
import com.capacityworkbench.model.io.ImportedScenario;
import com.capacityworkbench.model.io.ScenarioFileException;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * File ▸ New, Open, Save, Save As, recent files, the unsaved-changes prompt and the recovery copy.
 * A file that fails to open shows every problem and leaves the open scenario as it was. The plan on screen is saved
 * beside the scenario file and shown again when the file is reopened.
 */
public final class FileCommands {

    public static final List<String> EXTENSIONS = List.of("json", "cwb", "xlsx");

    private final ScenarioDocument document;
    private final ScenarioStore store;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private Runnable onReplaced = () -> { };
    private PlanShelf plans = PlanShelf.NONE;

    public FileCommands(ScenarioDocument document, ScenarioStore store, DialogService dialogs,
            RecentFiles recent, RecoveryStore recovery) {
        this.document = document;
        this.store = store;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recovery = recovery;
    }

    /** Called after the document was replaced by another scenario (the plan of the old one is void). */
    public void setOnReplaced(Runnable onReplaced) {
        this.onReplaced = onReplaced;
    }

    /** Where the plan to save beside the scenario comes from, and where a reopened one goes. */
    public void setPlanShelf(PlanShelf shelf) {
        this.plans = shelf;
    }

    /** Tells the app the document now holds another scenario (an import, a template). */
    public void replaced() {
        onReplaced.run();
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newScenario() {
        if (mayDiscard()) {
            document.load(NewScenario.create(LocalDate.now()), null);
            onReplaced.run();
        }
    }

    public void open() {
        if (mayDiscard()) {
            dialogs.chooseOpen("Open scenario", EXTENSIONS).ifPresent(this::read);
        }
    }

    /** Opens a file after the unsaved-changes prompt; false when cancelled or the file is bad. */
    public boolean open(Path file) {
        return mayDiscard() && read(file);
    }

    /** Reads a file into the document, no prompt; on failure shows every problem and changes nothing. */
    public boolean read(Path file) {
        try {
            ImportedScenario imported = store.readWithWarnings(file);
            document.load(imported.scenario(), file);
            recent.add(file);
            onReplaced.run();
            reopenPlan(file, imported.scenario());
            ImportWarnings.show(dialogs, file, imported);
            return true;
        } catch (ScenarioFileException e) {
            dialogs.showProblems("Cannot open " + file.getFileName(),
                    file + " could not be opened; the open scenario is unchanged.",
                    e.problems().stream().map(FileProblem::toString).toList());
            return false;
        }
    }

    public boolean save() {
        Path file = document.file();
        return file == null || !isJson(file) ? saveAs() : write(file);
    }

    public boolean saveAs() {
        String suggested = safeName(document.scenario().name()) + ".json";
        Optional<Path> target = dialogs.chooseSave("Save scenario as", suggested, List.of("json", "xlsx"));
        return target.map(this::write).orElse(false);
    }

    public boolean write(Path file) {
        try {
            store.write(document.scenario(), file);
            document.markSaved(file);
            recent.add(file);
            recovery.clear();
        } catch (ScenarioFileException e) {
            dialogs.showProblems("Cannot save", file + " was not written.",
                    e.problems().stream().map(FileProblem::toString).toList());
            return false;
        }
        keepPlan(file);
        return true;
    }

    /** Saves the plan on screen beside the scenario; the scenario is saved even when this fails. */
    private void keepPlan(Path file) {
        KeptPlan kept = plans.toKeep();
        if (kept == null) {
            return;
        }
        try {
            store.writePlanBeside(file, kept);
        } catch (ScenarioFileException e) {
            dialogs.showProblems("The plan was not saved", file + " was saved; the plan beside it was not.",
                    e.problems().stream().map(FileProblem::toString).toList());
        }
    }

    /** Shows the plan kept beside an opened file; a broken one is reported and the scenario stays open. */
    private void reopenPlan(Path file, Scenario opened) {
        try {
            store.readPlanBeside(file).ifPresent(kept -> plans.reopened(kept, opened));
        } catch (ScenarioFileException e) {
            dialogs.showProblems("The kept plan was not opened", file.getFileName()
                    + " is open; the plan saved beside it could not be read. Solve again (F5).",
                    e.problems().stream().map(FileProblem::toString).toList());
        }
    }

    /** True when the open scenario may be replaced: saved, or the planner chose to save or discard. */
    public boolean mayDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved(document.scenario().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Writes the recovery copy when there is unsaved work, removes it otherwise. */
    public void autosave() {
        if (!document.isDirty()) {
            recovery.clear();
            return;
        }
        try {
            recovery.save(document.scenario(), document.file());
        } catch (ScenarioFileException e) {
            // Autosave is a safety net; a failure here must not interrupt editing. The next minute retries.
        }
    }

    /** At start: if the last session left unsaved work behind, offer to restore it. */
    public boolean offerRecovery() {
        Optional<RecoveryStore.Recovered> found = recovery.load();
        if (found.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovered r = found.get();
        boolean restore = dialogs.confirm("Restore unsaved work",
                "Capacity Workbench did not close normally. Restore the unsaved changes to \""
                        + r.scenario().name() + "\"" + (r.originalFile() == null ? "" : " (" + r.originalFile() + ")") + "?");
        if (restore) {
            document.restore(r.scenario(), r.originalFile());
            onReplaced.run();
        } else {
            recovery.clear();
        }
        return restore;
    }

    /** On a normal exit there is nothing to recover. */
    public void exitCleanly() {
        recovery.clear();
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private static String safeName(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "scenario" : s;
    }
}
