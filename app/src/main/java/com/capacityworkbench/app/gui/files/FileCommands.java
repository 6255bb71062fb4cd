package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.document.NewScenario;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.service.ScenarioStore;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * File ▸ New, Open, Save, Save As, recent files, the unsaved-changes prompt and the recovery copy.
 * A file that fails to open shows every problem and leaves the open scenario as it was. The plan on screen is saved
 * beside the scenario file and shown again when the file is reopened. Reading and writing run through the
 * {@link TaskExecutor} (off the FX thread in the app), so a large file never freezes the window; only the save that
 * the unsaved-changes prompt asks for runs in line, as what comes next (closing, opening another file) waits for it.
 */
public final class FileCommands {

    public static final List<String> EXTENSIONS = List.of("json", "cwb", "xlsx");

    private final ScenarioDocument document;
    private final ScenarioStore store;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final TaskExecutor tasks;
    private Runnable onReplaced = () -> { };
    private PlanShelf plans = PlanShelf.NONE;

    /** File commands that read and write in line (tests). */
    public FileCommands(ScenarioDocument document, ScenarioStore store, DialogService dialogs,
            RecentFiles recent, RecoveryStore recovery) {
        this(document, store, dialogs, recent, recovery, TaskExecutor.direct());
    }

    public FileCommands(ScenarioDocument document, ScenarioStore store, DialogService dialogs,
            RecentFiles recent, RecoveryStore recovery, TaskExecutor tasks) {
        this.document = document;
        this.store = store;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recovery = recovery;
        this.tasks = tasks;
    }

    /** A scenario file as read, with the plan kept beside it, or why that plan could not be read. */
    private record Opened(ImportedScenario imported, @Nullable KeptPlan plan, @Nullable ScenarioFileException planProblem) {
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

    /** Opens a file after the unsaved-changes prompt; false when the planner cancelled (then nothing is read). */
    public boolean open(Path file) {
        if (!mayDiscard()) {
            return false;
        }
        read(file);
        return true;
    }

    /**
     * Reads a file into the document, no prompt, in the background; on failure shows every problem and changes
     * nothing. The document is replaced when the file has been read.
     */
    public void read(Path file) {
        tasks.run("Opening " + file.getFileName(), () -> {
            ImportedScenario imported = store.readWithWarnings(file);
            try {
                return new Opened(imported, store.readPlanBeside(file).orElse(null), null);
            } catch (ScenarioFileException e) {
                return new Opened(imported, null, e);
            }
        }, opened -> {
            Scenario scenario = opened.imported().scenario();
            document.load(scenario, file);
            recent.add(file);
            onReplaced.run();
            if (opened.plan() != null) {
                plans.reopened(opened.plan(), scenario);
            } else if (opened.planProblem() != null) {
                dialogs.showProblems("The kept plan was not opened", file.getFileName()
                        + " is open; the plan saved beside it could not be read. Solve again (F5).",
                        opened.planProblem().problems().stream().map(FileProblem::toString).toList());
            }
            ImportWarnings.show(dialogs, file, opened.imported());
        }, error -> dialogs.showProblems("Cannot open " + file.getFileName(),
                file + " could not be opened; the open scenario is unchanged.", problems(error)));
    }

    /** Saves in the background (Save As when the scenario has no JSON file yet); false when nothing is saved. */
    public boolean save() {
        Path file = document.file();
        if (file == null || !isJson(file)) {
            return saveAs();
        }
        write(file);
        return true;
    }

    public boolean saveAs() {
        String suggested = safeName(document.scenario().name()) + ".json";
        Optional<Path> target = dialogs.chooseSave("Save scenario as", suggested, List.of("json", "xlsx"));
        target.ifPresent(this::write);
        return target.isPresent();
    }

    /**
     * Writes the scenario as it is now (and the plan on screen beside it) in the background. Edits made meanwhile
     * stay unsaved: the document is marked saved as of the written scenario, not of whatever it holds by then.
     */
    public void write(Path file) {
        Scenario scenario = document.scenario();
        KeptPlan kept = plans.toKeep();
        tasks.run("Saving " + file.getFileName(), () -> {
            store.write(scenario, file);
            return keepPlan(file, kept);
        }, planProblem -> {
            saved(file, scenario);
            if (planProblem != null) {
                dialogs.showProblems("The plan was not saved", file + " was saved; the plan beside it was not.",
                        planProblem.problems().stream().map(FileProblem::toString).toList());
            }
        }, error -> dialogs.showProblems("Cannot save", file + " was not written.", problems(error)));
    }

    /** Saves at once, for the unsaved-changes prompt: closing or opening another file must wait for the result. */
    private boolean saveNow() {
        Path file = document.file();
        if (file == null || !isJson(file)) {
            String suggested = safeName(document.scenario().name()) + ".json";
            Optional<Path> target = dialogs.chooseSave("Save scenario as", suggested, List.of("json", "xlsx"));
            if (target.isEmpty()) {
                return false;
            }
            file = target.get();
        }
        Scenario scenario = document.scenario();
        try {
            store.write(scenario, file);
        } catch (ScenarioFileException e) {
            dialogs.showProblems("Cannot save", file + " was not written.", problems(e));
            return false;
        }
        ScenarioFileException planProblem = keepPlan(file, plans.toKeep());
        saved(file, scenario);
        return planProblem == null;
    }

    private void saved(Path file, Scenario scenario) {
        document.markSaved(file, scenario);
        recent.add(file);
        recovery.clear();
    }

    /** Saves the plan beside the scenario; what went wrong, or null. The scenario is saved even when this fails. */
    private @Nullable ScenarioFileException keepPlan(Path file, @Nullable KeptPlan kept) {
        if (kept == null) {
            return null;
        }
        try {
            store.writePlanBeside(file, kept);
            return null;
        } catch (ScenarioFileException e) {
            return e;
        }
    }

    private static List<String> problems(Throwable error) {
        if (error instanceof ScenarioFileException e) {
            return e.problems().stream().map(FileProblem::toString).toList();
        }
        return List.of(error instanceof OutOfMemoryError ? "the workbench ran out of memory" : String.valueOf(error));
    }

    /** True when the open scenario may be replaced: saved, or the planner chose to save or discard. */
    public boolean mayDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved(document.scenario().name())) {
            case SAVE -> saveNow();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Writes the recovery copy (with the plan on screen) when there is unsaved work, removes it otherwise. */
    public void autosave() {
        if (!document.isDirty()) {
            recovery.clear();
            return;
        }
        Scenario scenario = document.scenario();
        Path original = document.file();
        KeptPlan kept = plans.toKeep();
        tasks.run("Keeping a recovery copy", () -> {
            recovery.save(scenario, original, kept);
            return null;
        }, done -> { }, error -> {
            // Autosave is a safety net; a failure here must not interrupt editing. The next minute retries.
        });
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
            if (r.plan() != null) {
                plans.reopened(r.plan(), r.scenario());
            }
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
