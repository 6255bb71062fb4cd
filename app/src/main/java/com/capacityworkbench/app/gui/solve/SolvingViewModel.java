package com.capacityworkbench.app.gui.solve;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.plan.PlanViewModel;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
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
 * Solve and Stop: starts the solver service on the open scenario, shows elapsed time, best score and
 * moves per second, keeps the best plan's cost over time, and hands new best plans to the plan views
 * at most four times a second. Solver callbacks arrive on solver threads and are marshalled here.
 */
public final class SolvingViewModel {

    /** One point of the progress chart: seconds since the start and the best plan's total cost. */
    public record CostPoint(double seconds, double costUsd, String score) {
    }

    private static final long REPAINT_INTERVAL_MS = 250;

    private final ScenarioDocument document;
    private final PlanViewModel plans;
    private final SolverService solver;
    private final Consumer<List<ValidationProblem>> onInvalid;
    private final PlanThrottle<Plan> throttle = new PlanThrottle<>(REPAINT_INTERVAL_MS);
    private final Timeline pump = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> publish()));
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty state = new SimpleStringProperty("Not solved");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final StringProperty bestScore = new SimpleStringProperty("");
    private final StringProperty movesPerSecond = new SimpleStringProperty("");
    private final IntegerProperty timeLimitSeconds = new SimpleIntegerProperty(30);
    private final ObservableList<CostPoint> costOverTime = FXCollections.observableArrayList();
    private @Nullable SolveJob job;
    private long startNanos;
    private int published;

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
        published = 0;
        startNanos = System.nanoTime();
        running.set(true);
        state.set("Solving…");
        bestScore.set("");
        movesPerSecond.set("");
        SolveRequest request = new SolveRequest(document.scenario(), null, Duration.ofSeconds(timeLimitSeconds.get()),
                Duration.ofSeconds(Math.max(5, timeLimitSeconds.get() / 3)), null, 1L);
        job = solver.start(request, new Listener());
        pump.play();
        return true;
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

    public ReadOnlyStringProperty bestScoreProperty() {
        return bestScore;
    }

    public ReadOnlyStringProperty movesPerSecondProperty() {
        return movesPerSecond;
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
        Plan plan = throttle.poll(System.currentTimeMillis());
        if (plan != null) {
            show(plan);
        }
    }

    private void show(Plan plan) {
        published++;
        plans.show(plan);
        costOverTime.add(new CostPoint((System.nanoTime() - startNanos) / 1e9, plan.kpis().totalCostUsd(), plan.score()));
        bestScore.set(plan.score());
    }

    private void finished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
        pump.stop();
        throttle.drain();
        show(plan);
        running.set(false);
        elapsed.set(seconds(System.nanoTime() - startNanos));
        state.set(switch (outcome) {
            case COMPLETED -> plan.isFeasible() ? "Solved" : "Solved, infeasible (" + plan.hardViolations().size() + " broken rules)";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed: " + (error == null ? "unknown error" : error.getMessage());
        });
        job = null;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Solver-thread callbacks: plans go through the throttle, the rest is marshalled to the FX thread. */
    private final class Listener implements SolveListener {
        @Override
        public void onProgress(SolveProgress progress) {
            Platform.runLater(() -> {
                if (!progress.levels().isEmpty()) {
                    bestScore.set(com.capacityworkbench.app.cli.LevelsText.of(progress.levels()));
                }
                movesPerSecond.set(String.format(Locale.ROOT, "%,d moves/s", progress.movesPerSecond()));
            });
        }

        @Override
        public void onBestPlan(Plan plan) {
            throttle.offer(plan);
        }

        @Override
        public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
            Platform.runLater(() -> finished(plan, outcome, error));
        }
    }
}
