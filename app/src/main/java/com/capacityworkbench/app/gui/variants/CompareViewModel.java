package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.formats.excel.ExcelComparisonWriter;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.solver.compare.CompareListener;
import com.capacityworkbench.solver.compare.CompareOptions;
import com.capacityworkbench.solver.compare.ComparisonJob;
import com.capacityworkbench.solver.compare.SeedSolve;
import com.capacityworkbench.solver.compare.VariantComparer;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolvePolicy;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolverService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Solve all (or the chosen) variants side by side: progress per plan, one Stop, then the comparison (KPI rows
 * with solver noise, placement changes and why). Solver callbacks arrive on solver threads and are handed to the
 * FX thread through {@code fxThread}; progress rows repaint at most as often as the solver reports (twice a
 * second).
 */
public final class CompareViewModel {

    /** The seeds setting that lets idle cores decide ({@link CompareOptions#seedsFor}). */
    public static final int AUTO_SEEDS = CompareOptions.AUTO_SEEDS;

    private final ScenarioDocument document;
    private final SolverService solver;
    private final Executor fxThread;
    private final TaskExecutor files;
    private final Consumer<List<ValidationProblem>> onInvalid;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final IntegerProperty secondsPerPlan = new SimpleIntegerProperty(20);
    private final BooleanProperty stayClose = new SimpleBooleanProperty(true);
    /** Seeds per plan; {@link #AUTO_SEEDS} lets the time per plan decide. */
    private final IntegerProperty seeds = new SimpleIntegerProperty(AUTO_SEEDS);
    private final StringProperty state = new SimpleStringProperty("Not compared yet");
    private final ObservableList<PlanProgress> progress = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable Comparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<PlacementChange> shownChanges = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable String> changesOf = new SimpleObjectProperty<>();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private @Nullable ComparisonJob job;
    /** Which comparison the solver's callbacks belong to: those of an abandoned one are dropped, as a solve's are. */
    private volatile long compareId;
    /** The scenario (with its variants) the comparison on screen was made from. */
    private @Nullable Scenario compared;

    public CompareViewModel(ScenarioDocument document, SolverService solver, Executor fxThread,
            Consumer<List<ValidationProblem>> onInvalid) {
        this(document, solver, fxThread, onInvalid, TaskExecutor.direct());
    }

    /** @param files runs the workbook export off the FX thread, as every file command is run */
    public CompareViewModel(ScenarioDocument document, SolverService solver, Executor fxThread,
            Consumer<List<ValidationProblem>> onInvalid, TaskExecutor files) {
        this.files = files;
        this.document = document;
        this.solver = solver;
        this.fxThread = fxThread;
        this.onInvalid = onInvalid;
        changesOf.addListener((obs, old, now) -> showChanges());
        comparison.addListener((obs, old, now) -> showChanges());
    }

    /**
     * Writes the comparison on screen as a workbook (KPIs, changes, a plan sheet per variant) off the FX thread; the
     * state line then says where it went. Nothing happens when no comparison is shown.
     */
    public void exportWorkbook(Path file, Consumer<Throwable> onFailed) {
        Comparison shown = comparison.get();
        if (shown == null) {
            return;
        }
        files.run("Exporting the comparison", () -> {
            ExcelComparisonWriter.write(shown, file);
            return file;
        }, done -> state.set("Comparison saved to " + done.getFileName()), onFailed);
    }

    /** Starts solving the base and {@code variantIds} (all when empty); false when it cannot start. */
    public boolean compare(List<String> variantIds) {
        if (running.get()) {
            return false;
        }
        document.validateNow();
        List<ValidationProblem> problems = List.copyOf(document.problems());
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return false;
        }
        Scenario scenario = document.scenario();
        List<String> ids = variantIds.isEmpty() ? scenario.variants().stream().map(Variant::id).toList() : variantIds;
        if (ids.isEmpty()) {
            state.set("Add a variant first: there is nothing to compare the base with");
            return false;
        }
        compared = scenario;
        progress.clear();
        progress.add(new PlanProgress(ComparedPlan.BASE_ID, scenario.name() + " (base)", "waiting", "", ""));
        ids.forEach(id -> progress.add(new PlanProgress(id, name(scenario, id), "waiting", "", "")));
        running.set(true);
        CompareOptions options = new CompareOptions(ids, Duration.ofSeconds(secondsPerPlan.get()), SolvePolicy.DEFAULT_SEED,
                seeds.get(), stayClose.get(), Runtime.getRuntime().availableProcessors(), null);
        int baseSeeds = options.seedsFor(1);
        int variantSeeds = options.seedsFor(ids.size());
        state.set("Solving " + progress.size() + " plans, up to " + secondsPerPlan.get() + " s each"
                + (baseSeeds > 1 || variantSeeds > 1 ? " (seeds: " + baseSeeds + " for the base, " + variantSeeds
                        + " per variant)" : "") + " …");
        long id = ++compareId;
        job = new VariantComparer(solver).start(scenario, options, new CompareListener() {
            @Override
            public void onProgress(SeedSolve solve, SolveProgress p) {
                String what = solve.label().isEmpty() ? "solving" : "solving " + solve.label();
                ours(id, () -> update(solve.planId(), what, p.elapsed(), LevelFormat.statuses(p.levels())));
            }

            @Override
            public void onPlanFinished(String planId, Plan best, SolveOutcome outcome, int seedsRun) {
                String what = switch (outcome) {
                    case STOPPED -> "stopped";
                    case MEMORY_SHORT -> "stopped: memory ran short";
                    case FAILED -> "failed";
                    case COMPLETED -> "done";
                }
                        + (seedsRun > 1 ? " (" + seedsRun + " seeds)" : "");
                String quality = best.quality() == null ? "" : best.quality().summary();
                ours(id, () -> update(planId, what, null, quality));
            }

            @Override
            public void onCrossChecking() {
                ours(id, () -> state.set("Scoring every plan under every scenario and weighing the moves …"));
            }

            @Override
            public void onFinished(Comparison result, boolean stopped) {
                ours(id, () -> finished(result, stopped));
            }
        });
        return true;
    }

    /** Runs a callback of comparison {@code id} on the FX thread, unless another file was opened since it started. */
    private void ours(long id, Runnable callback) {
        fxThread.execute(() -> {
            if (id == compareId) {
                callback.run();
            }
        });
    }

    /**
     * Another scenario replaced the compared one: the comparison is stopped, whatever it still reports is dropped,
     * and the screen forgets it, so the old file's results never land on the new one's screen.
     */
    public void abandon() {
        ComparisonJob j = job;
        compareId++;
        job = null;
        if (j != null) {
            j.stop();
        }
        running.set(false);
        compared = null;
        comparison.set(null);
        changesOf.set(null);
        progress.clear();
        stale.set(false);
        state.set("Not compared yet");
    }

    public void stop() {
        if (job != null) {
            job.stop();
            state.set("Stopping: keeping the plans found so far …");
        }
    }

    /** The open scenario changed: a comparison of another scenario (or other variants) is stale until compared again. */
    public void scenarioChanged(Scenario now) {
        Scenario from = compared;
        stale.set(comparison.get() != null && (from == null || !from.equals(now)));
    }

    /** The comparison on screen was made from a scenario other than the open one. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    private void finished(Comparison result, boolean stopped) {
        running.set(false);
        job = null;
        comparison.set(result);
        scenarioChanged(document.scenario());
        // The rows end with what the comparison shows: a plan may be another scenario's, found better here.
        result.columns().forEach(c -> update(c.id(), c.origin().isOwnSolve() ? rowState(c.id()) : "adopted", null,
                c.qualitySummary()));
        long moved = result.changesByVariant().values().stream().mapToLong(List::size).sum();
        long caused = result.changesByVariant().values().stream().flatMap(List::stream)
                .filter(c -> c.cause().causedByChange()).count();
        state.set((stopped ? "Stopped; compared the plans found so far" : "Compared " + result.columns().size() + " plans")
                + ": " + moved + " placement changes, " + caused + " caused by a change");
        if (changesOf.get() == null && result.columns().size() > 1) {
            // The first variant that moves something: an empty list is a poor first answer.
            changesOf.set(result.columns().stream().skip(1).filter(c -> !result.changesOf(c.id()).isEmpty())
                    .findFirst().orElse(result.columns().get(1)).id());
        }
    }

    private void update(String planId, String what, @Nullable Duration elapsed, String quality) {
        for (int i = 0; i < progress.size(); i++) {
            PlanProgress row = progress.get(i);
            if (row.planId().equals(planId)) {
                progress.set(i, new PlanProgress(planId, row.name(), what,
                        elapsed == null ? row.elapsed() : String.format(Locale.US, "%d s", elapsed.toSeconds()), quality));
            }
        }
    }

    private String rowState(String planId) {
        return progress.stream().filter(r -> r.planId().equals(planId)).map(PlanProgress::state).findFirst().orElse("done");
    }

    /** The variants of the comparison on screen whose changes can be shown, by id; empty when none is shown. */
    public List<String> variantIds() {
        Comparison shown = comparison.get();
        return shown == null ? List.of()
                : shown.columns().stream().filter(c -> !c.isBase()).map(ComparedPlan::id).toList();
    }

    /** A compared plan's name for its id, as the "Changes of" picker shows it; the id when it is not compared. */
    public String variantName(String id) {
        Comparison shown = comparison.get();
        return shown == null ? "" : shown.columns().stream().filter(c -> c.id().equals(id))
                .map(ComparedPlan::name).findFirst().orElse(id);
    }

    private void showChanges() {
        Comparison c = comparison.get();
        if (c == null) {
            shownChanges.clear();
            return;
        }
        List<PlacementChange> rows = new ArrayList<>();
        if (changesOf.get() == null) {
            c.changesByVariant().values().forEach(rows::addAll);
        } else {
            rows.addAll(c.changesOf(changesOf.get()));
        }
        shownChanges.setAll(rows);
    }

    private static String name(Scenario scenario, String id) {
        return scenario.variants().stream().filter(v -> v.id().equals(id)).map(Variant::name).findFirst().orElse(id);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public IntegerProperty secondsPerPlanProperty() {
        return secondsPerPlan;
    }

    /** Seeds per plan, or {@link #AUTO_SEEDS}. */
    public IntegerProperty seedsProperty() {
        return seeds;
    }

    public BooleanProperty stayCloseProperty() {
        return stayClose;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObservableList<PlanProgress> progress() {
        return progress;
    }

    public ObjectProperty<@Nullable Comparison> comparisonProperty() {
        return comparison;
    }

    /** Placement changes of the variant chosen in {@link #changesOfProperty()} (all variants when null). */
    public ObservableList<PlacementChange> shownChanges() {
        return shownChanges;
    }

    public ObjectProperty<@Nullable String> changesOfProperty() {
        return changesOf;
    }
}
