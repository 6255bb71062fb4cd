package com.capacityworkbench.app.gui.solve;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.quality.LevelRow;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.SolveSettings;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolvePolicy;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Solve and Stop: starts the solver service on the open scenario, shows elapsed time, moves per second and how
 * good the best plan is level by level (in words, while solving and after), keeps the best plan's cost over time,
 * and hands new best plans to the plan views at most four times a second. Solver callbacks arrive on solver
 * threads and are marshalled here.
 */
public final class SolvingViewModel {

    /** One point of the progress chart: seconds since the start and the best plan's total cost. */
    public record CostPoint(double seconds, double costUsd) {
    }

    private static final long REPAINT_INTERVAL_MS = 250;

    private final ScenarioDocument document;
    private final PlanViewModel plans;
    private final SolverService solver;
    private final Consumer<List<ValidationProblem>> onInvalid;
    /** A best plan and the number of the solve that found it. */
    private record Offered(long solveId, Plan plan) {
    }

    private final PlanThrottle<Offered> throttle = new PlanThrottle<>(REPAINT_INTERVAL_MS);
    private final Timeline pump = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> publish()));
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty state = new SimpleStringProperty("Not solved");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<LevelRow> levels = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call listens to the list only weakly and is collected with its listeners. */
    private final ObservableList<LevelRow> levelsReadOnly = FXCollections.unmodifiableObservableList(levels);
    private final StringProperty costTip = new SimpleStringProperty("Best plan cost over time");
    private final StringProperty movesPerSecond = new SimpleStringProperty("");
    private final IntegerProperty timeLimitSeconds = new SimpleIntegerProperty(SolvePolicy.DEFAULT_SECONDS);
    private final BooleanProperty warmStart = new SimpleBooleanProperty();
    private final ObservableList<CostPoint> costOverTime = FXCollections.observableArrayList();
    private @Nullable SolveJob job;
    private long startNanos;
    private int published;
    /** The number of the latest solve; callbacks of earlier ones are stale. */
    private volatile long solveId;
    private @Nullable Scenario solving;
    private @Nullable SolveSettings settings;

    public SolvingViewModel(ScenarioDocument document, PlanViewModel plans, SolverService solver,
            Consumer<List<ValidationProblem>> onInvalid) {
        this.document = document;
        this.plans = plans;
        this.solver = solver;
        this.onInvalid = onInvalid;
        pump.setCycleCount(Timeline.INDEFINITE);
    }

    /** The solver service this app solves with (the variant comparison shares it). */
    public SolverService solver() {
        return solver;
    }

    /** What to do when a scenario with validation problems is about to be solved. */
    public Consumer<List<ValidationProblem>> onInvalid() {
        return onInvalid;
    }

    /** Starts solving; a scenario with validation problems is not sent to the solver (onInvalid is told). */
    public boolean solve() {
        if (running.get()) {
            return false;
        }
        if (document.validatingProperty().get()) {
            document.validateNow();
        }
        List<ValidationProblem> problems = List.copyOf(document.problems());
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return false;
        }
        costOverTime.clear();
        costTip.set("Best plan cost over time");
        published = 0;
        startNanos = System.nanoTime();
        running.set(true);
        state.set("Solving…");
        verdict.set("");
        levels.clear();
        movesPerSecond.set("");
        throttle.drain();
        Scenario scenario = document.scenario();
        boolean fromShown = warmStart.get() && plans.plan() != null;
        // Pinned shards stay put on every solve; the rest of the shown plan only when the planner asks for it.
        Plan start = fromShown ? plans.plan() : plans.pinnedOnly();
        solving = scenario;
        settings = new SolveSettings(SolvePolicy.DEFAULT_SEED, timeLimitSeconds.get(), "", fromShown);
        SolveRequest request = SolvePolicy.request(scenario, start, Duration.ofSeconds(timeLimitSeconds.get()),
                SolvePolicy.DEFAULT_SEED);
        job = solver.start(request, new Listener(++solveId));
        pump.play();
        return true;
    }

    /** Solve starts from the plan on screen (its pinned shards stay put either way). */
    public BooleanProperty warmStartProperty() {
        return warmStart;
    }

    /** Another scenario replaced the solved one: its plan's quality no longer describes anything on screen. */
    public void forgetQuality() {
        levels.clear();
        verdict.set("");
    }

    /**
     * Another scenario replaced the one being solved: the solve is stopped and everything it still reports is
     * dropped, so its plan never lands on the new scenario's screens.
     */
    public void abandon() {
        SolveJob j = job;
        solveId++;
        job = null;
        if (j != null) {
            j.stop();
        }
        pump.stop();
        throttle.drain();
        running.set(false);
        state.set("Not solved");
        elapsed.set("");
        movesPerSecond.set("");
        costOverTime.clear();
        forgetQuality();
    }

    /** Asks the solver to stop; the best plan so far arrives through onFinished. */
    public void stop() {
        SolveJob j = job;
        if (j != null && running.get()) {
            state.set("Stopping…");
            j.stop();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    /**
     * How good the best plan is, in one line: while solving, e.g. "Cost within 0.4 % of its bound; no improvement
     * for 8.0 s"; after, the plan's own summary. Empty before the first plan.
     */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    /** The best plan's levels that count in the scenario, most important first, in words; empty before the first plan. */
    public ObservableList<LevelRow> levels() {
        return levelsReadOnly;
    }

    public ReadOnlyStringProperty movesPerSecondProperty() {
        return movesPerSecond;
    }

    /** The cost chart's tooltip: "Best plan cost over time: now $4.98B at 12.3 s". */
    public ReadOnlyStringProperty costTipProperty() {
        return costTip;
    }

    public IntegerProperty timeLimitSecondsProperty() {
        return timeLimitSeconds;
    }

    public ObservableList<CostPoint> costOverTime() {
        return costOverTime;
    }

    /** How many plans reached the plan views during the last solve (throttled). */
    public int publishedPlans() {
        return published;
    }

    private void publish() {
        elapsed.set(seconds(System.nanoTime() - startNanos));
        Offered offered = throttle.poll(System.currentTimeMillis());
        if (offered != null && offered.solveId() == solveId) {
            show(offered.plan());
        }
    }

    private void show(Plan plan) {
        published++;
        Scenario from = solving;
        plans.show(plan, from == null ? document.scenario() : from, settings);
        CostPoint point = new CostPoint((System.nanoTime() - startNanos) / 1e9, plan.kpis().totalCostUsd());
        costOverTime.add(point);
        costTip.set("Best plan cost over time: now " + Figures.usd(point.costUsd()) + " at "
                + String.format(Locale.ROOT, "%.1f s", point.seconds()));
    }

    /** A running solve's levels; they stop counting once the solve has ended (a late tick must not overwrite the plan's). */
    private void progressed(SolveProgress progress) {
        if (!running.get()) {
            return;
        }
        movesPerSecond.set(String.format(Locale.ROOT, "%,d moves/s", progress.movesPerSecond()));
        if (!progress.levels().isEmpty()) {
            levels.setAll(LevelRow.of(progress.levels()));
            verdict.set(new PlanQuality(progress.levels(), progress.elapsed().toNanos() / 1e9,
                    SolvePolicy.DEFAULT_SEED).summarySoFar());
        }
    }

    /** The finished plan's own quality, as its file and export record it; a plan without one keeps the last progress. */
    private void showQuality(Plan plan) {
        PlanQuality quality = plan.quality();
        if (quality != null) {
            levels.setAll(LevelRow.of(quality.levels()));
            verdict.set(quality.summary());
        }
    }

    private void finished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
        pump.stop();
        throttle.drain();
        running.set(false);
        elapsed.set(seconds(System.nanoTime() - startNanos));
        job = null;
        if (NoPlanYet.is(plan, outcome, published)) {
            // Stopped before the solver placed anything: an all-unplaced plan would read as "$0, no broken rule".
            String how = outcome == SolveOutcome.FAILED
                    ? "Failed before the first plan (" + (error == null ? "unknown error" : error.getMessage()) + ")"
                    : "Stopped before the first plan";
            state.set(how + (plans.plan() == null ? ": no plan yet" : ": the plan shown is the previous one"));
            return;
        }
        SolveSettings started = settings;
        if (started != null) {
            settings = new SolveSettings(started.seed(), started.timeLimitSeconds(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), started.warmStart());
        }
        show(plan);
        showQuality(plan);
        state.set(switch (outcome) {
            case COMPLETED -> plan.isFeasible() ? "Solved" : "Solved, infeasible (" + plan.hardViolations().size() + " broken rules)";
            case STOPPED -> "Stopped";
            case MEMORY_SHORT -> "Stopped: memory ran short; this is the best plan found before it did";
            case FAILED -> error instanceof OutOfMemoryError
                    ? "Failed: out of memory; this is the best plan found before it ran out"
                    : "Failed: " + (error == null ? "unknown error" : error.getMessage());
        });
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /**
     * Solver-thread callbacks of solve number {@code id}: plans go through the throttle, the rest is marshalled to
     * the FX thread, and whatever arrives after another solve started is dropped.
     */
    private final class Listener implements SolveListener {

        private final long id;

        Listener(long id) {
            this.id = id;
        }

        @Override
        public void onProgress(SolveProgress progress) {
            Platform.runLater(() -> {
                if (id == solveId) {
                    progressed(progress);
                }
            });
        }

        @Override
        public void onBestPlan(Plan plan) {
            // Tagged, not checked here: a new solve may start between a check and the offer.
            throttle.offer(new Offered(id, plan));
        }

        @Override
        public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
            Platform.runLater(() -> {
                if (id == solveId) {
                    finished(plan, outcome, error);
                }
            });
        }
    }
}
