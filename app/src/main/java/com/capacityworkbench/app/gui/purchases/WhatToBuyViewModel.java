package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.service.LongWork;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.formats.excel.ExcelPurchaseWriter;
import com.capacityworkbench.formats.json.PurchasePlanJson;
import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.CommitmentTimeline;
import com.capacityworkbench.model.plan.NotBought;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.plan.SolveSettings;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.buy.PurchaseQuestion;
import com.capacityworkbench.solver.service.SolvePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * The Purchases screen's answer: what to buy, asked of the solver with progress and Stop (Stop keeps what was solved),
 * the commitments over time, the budget curve whose points open their plans on the Plan screen, each purchase with
 * its use and worth, and why the rest is not bought. An answer of an earlier version of the scenario stays on
 * screen, marked stale.
 */
public final class WhatToBuyViewModel {

    private final ScenarioDocument document;
    private final PlanViewModel plans;
    private final PurchaseRunner runner;
    private final TaskExecutor files;
    private final Runnable showPlan;

    private final IntegerProperty seconds = new SimpleIntegerProperty(60);
    private final IntegerProperty budgets = new SimpleIntegerProperty(3);
    private final LongProperty seed = new SimpleLongProperty(SolvePolicy.DEFAULT_SEED);

    private final LongWork work;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<@Nullable PurchasePlan> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CommitmentTimeline> timeline = new ReadOnlyObjectWrapper<>(
            CommitmentTimeline.EMPTY);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<@Nullable PurchaseFilter> filter = new SimpleObjectProperty<>();
    private final ObservableList<BudgetPlan> curve = FXCollections.observableArrayList();
    private final ObservableList<PurchaseRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PurchaseRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<NotBought> notBought = FXCollections.observableArrayList();
    private final StringBinding blocked;

    private PurchaseQuestion.@Nullable Run current;
    private @Nullable Scenario asked;
    private @Nullable SolveSettings askedWith;
    /** When the plans of the answer were solved, ISO-8601 in UTC (the origin line of an opened plan). */
    private String answeredAt = "";
    private long startedNanos;

    /**
     * @param files    where exports are written (off the FX thread)
     * @param fx       where the answer's callbacks land: the FX thread
     * @param showPlan brings the Plan screen forward, once a point's plan is on it
     */
    public WhatToBuyViewModel(ScenarioDocument document, PlanViewModel plans, PurchaseRunner runner, TaskExecutor files,
            Executor fx, Runnable showPlan) {
        this.document = document;
        this.plans = plans;
        this.runner = runner;
        this.files = files;
        this.work = new LongWork(fx);
        this.showPlan = showPlan;
        filter.addListener((obs, old, now) -> visibleRows.setPredicate(now == null ? null : now.test()));
        blocked = Bindings.createStringBinding(this::whyNot, document.scenarioProperty(), document.problems(),
                work.runningProperty());
    }

    /** Why the question cannot be asked now, in words; empty when it can. */
    public StringBinding blockedProperty() {
        return blocked;
    }

    private String whyNot() {
        if (work.isRunning()) {
            return "";
        }
        Scenario scenario = document.scenario();
        if (scenario.purchaseOptions().offers().isEmpty() && scenario.purchaseOptions().buildOuts().isEmpty()) {
            return "This scenario has nothing to buy: add the capacity on offer in the Offers tab, or campus power "
                    + "steps in the Build-outs tab.";
        }
        if (!document.problems().isEmpty()) {
            return "Fix the scenario's " + document.problems().size() + " validation problem(s) first.";
        }
        return "";
    }

    /** Asks what to buy; does nothing (and says why in the status) when it cannot. */
    public void run() {
        String why = whyNot();
        if (work.isRunning() || !why.isEmpty()) {
            work.say(why);
            return;
        }
        Scenario scenario = document.scenario();
        asked = scenario;
        askedWith = new SolveSettings(seed.get(), seconds.get(), "", false);
        clear();
        long id = work.begin("Starting …");
        startedNanos = System.nanoTime();
        answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        PurchaseQuestion.Settings settings = new PurchaseQuestion.Settings(Duration.ofSeconds(seconds.get()), null,
                seed.get(), budgets.get(), startedNanos);
        current = runner.start(scenario, settings, new PurchaseRunner.Listener() {
            @Override
            public void solving(String what, int step, int steps) {
                work.later(id, () -> {
                    double elapsed = (System.nanoTime() - startedNanos) / 1e9;
                    work.step(Math.min(1, elapsed / askedWith.timeLimitSeconds()),
                            PurchaseReadout.progress(what, step, steps, askedWith.timeLimitSeconds() - elapsed));
                });
            }

            @Override
            public void planned(BudgetPoint point, Plan plan, Scenario expanded) {
                work.later(id, () -> curve.add(new BudgetPlan(point, plan)));
            }

            @Override
            public void finished(PurchasePlan result, boolean stopped) {
                work.later(id, () -> show(result, stopped));
            }

            @Override
            public void failed(Throwable error) {
                work.later(id, () -> work.failed("The question failed", error));
            }
        });
    }

    /** Stops the answer: the solve running ends with its best plan, the ones after it are skipped. */
    public void stop() {
        if (current != null && work.isRunning()) {
            current.stop();
            work.say("Stopping: keeping what was solved …");
        }
    }

    /** Another file was opened: the answer (running or shown) belonged to the old one. */
    public void fileReplaced() {
        stop();
        work.abandon();
        clear();
    }

    /** An edit, undo or import: an answer for another scenario stays on screen, marked stale. */
    public void scenarioChanged(Scenario now) {
        if (asked != null && now != asked && (answer.get() != null || work.isRunning())) {
            stale.set(true);
        }
    }

    /** Shows a point's plan on the Plan screen, with the bought pools among the others. */
    public void open(BudgetPlan point) {
        Scenario from = asked;
        if (from == null) {
            return;
        }
        int index = curve.indexOf(point);
        String name = PurchaseReadout.pointName(point.point(), index == 0,
                answer.get() != null && index == curve.size() - 1);
        plans.show(point.plan(), from, new SolveSettings(askedWith.seed(), askedWith.timeLimitSeconds(), answeredAt,
                false), "What to buy: " + name);
        if (stale.get()) {
            plans.scenarioChanged(document.scenario());
        }
        showPlan.run();
    }

    /** Narrows the purchases to a provider's commitments in a period (a click on the timeline); null shows them all. */
    public void filterBy(@Nullable PurchaseFilter next) {
        filter.set(next);
    }

    /** Writes the shown answer as a workbook (.xlsx, with native charts) or JSON, off the FX thread. */
    public void export(Path file, Consumer<Path> onDone, Consumer<Throwable> onFailed) {
        PurchasePlan shown = answer.get();
        if (shown == null) {
            return;
        }
        files.run("Exporting what to buy", () -> {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                PurchasePlanJson.write(shown, file);
            } else {
                ExcelPurchaseWriter.write(shown, file);
            }
            return file;
        }, onDone, onFailed);
    }

    private void clear() {
        answer.set(null);
        curve.clear();
        rows.clear();
        notBought.clear();
        filter.set(null);
        stale.set(false);
        summary.set("");
        timeline.set(CommitmentTimeline.EMPTY);
    }

    private void show(PurchasePlan result, boolean stopped) {
        answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Scenario from = asked;
        answer.set(result);
        rows.setAll(PurchaseRow.of(result, from.horizon().last()));
        notBought.setAll(result.notBought());
        timeline.set(CommitmentTimeline.of(result.purchases(), from.horizon().periods()));
        summary.set(PurchaseReadout.summary(result));
        double took = (System.nanoTime() - startedNanos) / 1e9;
        work.end(stopped ? String.format(Locale.ROOT, "Stopped after %.0f s: %d of %d budgets and %d re-solves done; "
                        + "the plans are the best found before Stop", took, Math.max(0, result.curve().size() - 2),
                budgets.get(), result.oneLess().size())
                : String.format(Locale.ROOT, "Answered in %.0f s", took));
    }

    public IntegerProperty secondsProperty() {
        return seconds;
    }

    public IntegerProperty budgetsProperty() {
        return budgets;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    /** 0..1 by the time used, or −1 (indeterminate) until the first solve starts. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return work.statusProperty();
    }

    /** What to buy and what it changes against buying nothing, in two sentences; empty without an answer. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable PurchasePlan> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CommitmentTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ObjectProperty<@Nullable PurchaseFilter> filterProperty() {
        return filter;
    }

    /** The budget curve so far, lowest budget first (buying nothing, each budget, buying freely). */
    public ObservableList<BudgetPlan> curve() {
        return curve;
    }

    public ObservableList<PurchaseRow> visiblePurchases() {
        return visibleRows;
    }

    public ObservableList<NotBought> notBought() {
        return notBought;
    }
}
