package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.service.LongWork;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.formats.excel.ExcelSweepWriter;
import com.capacityworkbench.formats.json.SweepJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.service.SolvePolicy;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * The Portfolio screen's state: the sweep's settings, the sweep under way (progress, Stop keeping what finished),
 * its result growing future by future, and the futures a click on a chart or a table filters to. A sweep judges
 * the plan on screen, so it needs a plan that is not stale.
 */
public final class PortfolioViewModel {

    private final ScenarioDocument document;
    private final PlanViewModel plans;
    private final SweepRunner runner;
    private final TaskExecutor files;

    private final IntegerProperty futures = new SimpleIntegerProperty(100);
    private final DoubleProperty secondsEach = new SimpleDoubleProperty(5);
    private final ObjectProperty<SweepMode> mode = new SimpleObjectProperty<>(SweepMode.STRESS);
    private final LongProperty seed = new SimpleLongProperty(SolvePolicy.DEFAULT_SEED);
    /** Moves per future's solve, 0 for none: with a limit the figures are the same on any machine, at any load. */
    private final LongProperty movesEach = new SimpleLongProperty(0);

    private final LongWork work;
    private final ReadOnlyObjectWrapper<@Nullable SweepResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<@Nullable FutureFilter> filter = new SimpleObjectProperty<>();
    private final ObservableList<SampleResult> finished = FXCollections.observableArrayList();
    private final FilteredList<SampleResult> visible = new FilteredList<>(finished);
    private final StringBinding blocked;

    private SweepRunner.@Nullable Run current;
    private @Nullable Scenario swept;
    private @Nullable Plan sweptPlan;
    private @Nullable SweepSettings settings;
    private long startedNanos;

    /**
     * @param files where exports are written (off the FX thread)
     * @param fx    where the sweep's callbacks land: the FX thread
     */
    public PortfolioViewModel(ScenarioDocument document, PlanViewModel plans, SweepRunner runner, TaskExecutor files,
            Executor fx) {
        this.document = document;
        this.plans = plans;
        this.runner = runner;
        this.files = files;
        this.work = new LongWork(fx);
        filter.addListener((obs, old, now) -> visible.setPredicate(now == null ? null : now.test()));
        plans.planProperty().addListener((obs, old, now) -> {
            if (sweptPlan != null && now != sweptPlan && (result.get() != null || work.isRunning())) {
                stale.set(true);
            }
        });
        blocked = Bindings.createStringBinding(this::whyNot, document.scenarioProperty(), document.problems(),
                plans.planProperty(), plans.staleProperty(), work.runningProperty());
    }

    /** Why a sweep cannot start now, in words; empty when it can. */
    public StringBinding blockedProperty() {
        return blocked;
    }

    private String whyNot() {
        if (work.isRunning()) {
            return "";
        }
        Scenario scenario = document.scenario();
        if (scenario.uncertainty().isEmpty()) {
            return "This scenario has no uncertain inputs: add what may move (prices, deliveries, power, demand) "
                    + "under Uncertainty.";
        }
        if (!document.problems().isEmpty()) {
            return "Fix the scenario's " + document.problems().size() + " validation problem(s) first.";
        }
        if (plans.plan() == null) {
            return "Solve the scenario first: a sweep tests today's plan in each future.";
        }
        if (plans.isStale()) {
            return "The plan is stale after an edit: solve again first, so the sweep tests the plan you see.";
        }
        return "";
    }

    /** Starts a sweep of the shown plan; does nothing (and says why in the status) when it cannot. */
    public void run() {
        String why = whyNot();
        if (work.isRunning() || !why.isEmpty()) {
            work.say(why);
            return;
        }
        Scenario scenario = document.scenario();
        Plan today = plans.plan();
        SweepSettings next = new SweepSettings(futures.get(), seed.get(), mode.get(), secondsEach.get(),
                movesEach.get() > 0 ? movesEach.get() : null);
        settings = next;
        swept = scenario;
        sweptPlan = today;
        finished.clear();
        filter.set(null);
        result.set(null);
        stale.set(false);
        long id = work.begin("Starting …");
        startedNanos = System.nanoTime();
        current = runner.start(scenario, today, next, new SweepRunner.Listener() {
            @Override
            public void preparing(String what) {
                work.later(id, () -> work.say(what + " …"));
            }

            @Override
            public void future(SampleResult sample, int done, int total) {
                work.later(id, () -> add(sample, done, total));
            }

            @Override
            public void finished(SweepResult all) {
                work.later(id, () -> end(all));
            }

            @Override
            public void failed(Throwable error) {
                work.later(id, () -> {
                    work.failed("The sweep failed", error);
                    if (!finished.isEmpty()) {
                        work.say(work.statusProperty().get() + "; " + finished.size() + " futures finished are shown");
                    }
                });
            }
        });
    }

    /** Stops the sweep: futures under way finish or are dropped; those finished stay. */
    public void stop() {
        if (current != null && work.isRunning()) {
            current.stop();
            work.say("Stopping: keeping the " + finished.size() + " futures finished …");
        }
    }

    /** Another file was opened: the sweep (running or shown) belonged to the old one. */
    public void fileReplaced() {
        stop();
        work.abandon();
        finished.clear();
        filter.set(null);
        result.set(null);
        stale.set(false);
    }

    /** An edit, undo or import: a sweep of another scenario stays on screen, marked stale. */
    public void scenarioChanged(Scenario now) {
        if (swept != null && now != swept && (result.get() != null || work.isRunning())) {
            stale.set(true);
        }
    }

    private void add(SampleResult sample, int done, int total) {
        finished.add(sample);
        result.set(SweepResult.of(swept.uncertainty(), settings, finished, false));
        double perFuture = (System.nanoTime() - startedNanos) / 1e9 / done;
        work.step((double) done / total, String.format(Locale.ROOT, "%d of %d futures · about %s left", done, total,
                LongWork.duration(perFuture * (total - done))));
    }

    private void end(SweepResult all) {
        result.set(all);
        finished.setAll(all.samples());
        work.end(all.complete() ? "Swept " + all.samples().size() + " futures in "
                + LongWork.duration((System.nanoTime() - startedNanos) / 1e9)
                : "Stopped: " + all.samples().size() + " of " + all.settings().samples() + " futures finished");
    }

    /** Writes the shown sweep as a workbook (.xlsx, with native charts) or JSON, off the FX thread. */
    public void export(Path file, Consumer<Path> onDone, Consumer<Throwable> onFailed) {
        SweepResult shown = result.get();
        if (shown == null) {
            return;
        }
        files.run("Exporting the sweep", () -> {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                SweepJson.write(shown, file);
            } else {
                ExcelSweepWriter.write(shown, file);
            }
            return file;
        }, onDone, onFailed);
    }

    /** "4 of 100 futures: total cost $4.21B – $4.30B"; empty when no filter is set. */
    public String filterLine() {
        FutureFilter f = filter.get();
        return f == null ? "" : visible.size() + " of " + finished.size() + " futures: " + f.description();
    }

    public IntegerProperty futuresProperty() {
        return futures;
    }

    public DoubleProperty secondsEachProperty() {
        return secondsEach;
    }

    public ObjectProperty<SweepMode> modeProperty() {
        return mode;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public LongProperty movesEachProperty() {
        return movesEach;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    /** 0..1, or −1 (indeterminate) until the first future finishes. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return work.statusProperty();
    }

    public ReadOnlyObjectProperty<@Nullable SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The shown sweep, for the deck; null when there is none or it is of an earlier version of the scenario. */
    public @Nullable SweepResult currentSweep() {
        return stale.get() || work.isRunning() ? null : result.get();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ObjectProperty<@Nullable FutureFilter> filterProperty() {
        return filter;
    }

    public ObservableList<SampleResult> visibleFutures() {
        return visible;
    }

    public ObservableList<SampleResult> finishedFutures() {
        return finished;
    }
}
