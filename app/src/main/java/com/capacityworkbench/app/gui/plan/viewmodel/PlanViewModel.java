package com.capacityworkbench.app.gui.plan.viewmodel;

import com.capacityworkbench.app.gui.quality.LevelRow;
import com.capacityworkbench.formats.ScenarioDigest;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.SolveSettings;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan on screen: the latest plan (from the solver, throttled), the chart filter applied to the
 * assignment table, and the workload whose explanation is shown. Reads the plan; never recomputes it.
 * It also knows what the plan was solved from: a plan whose scenario was edited afterwards is stale, and says so,
 * until it is solved again (a plan that silently describes another scenario is worse than none).
 */
public final class PlanViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PlanViewModel.class);

    private final Supplier<Scenario> scenario;
    private final ObjectProperty<@Nullable Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanFilter> filter = new SimpleObjectProperty<>(PlanFilter.NONE);
    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final FilteredList<Assignment> visible = new FilteredList<>(assignments);
    private final StringProperty selectedWorkload = new SimpleStringProperty();
    private final StringProperty qualitySummary = new SimpleStringProperty("");
    private final ObservableList<LevelRow> qualityLevels = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call listens to the list only weakly and is collected with its listeners. */
    private final ObservableList<LevelRow> qualityLevelsReadOnly = FXCollections.unmodifiableObservableList(qualityLevels);
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final StringProperty origin = new SimpleStringProperty("");
    private Map<String, WorkloadExplanation> explanations = Map.of();
    /** The scenario the plan on screen was solved for; null with no plan. */
    private @Nullable Scenario solvedFor;
    private @Nullable SolveSettings settings;
    /** The plan on screen places work on bought capacity (offers, build-out steps). */
    private boolean readsPurchases;
    private @Nullable Scenario expandedFrom;
    private @Nullable Scenario expanded;
    private long lastFilterMicros;

    public PlanViewModel(Supplier<Scenario> scenario) {
        this.scenario = scenario;
        filter.addListener((obs, old, now) -> applyFilter());
    }

    /**
     * The scenario the plan on screen is read against: the open one, with what it may buy when the plan places work
     * on bought capacity (a plan of the Purchases screen), so that the views find the bought pools like the others.
     */
    public Scenario scenario() {
        Scenario now = scenario.get();
        if (!readsPurchases) {
            return now;
        }
        if (expandedFrom != now) {
            expanded = PurchasableCapacity.expand(now);
            expandedFrom = now;
        }
        return expanded;
    }

    public ReadOnlyObjectProperty<@Nullable Plan> planProperty() {
        return plan;
    }

    public @Nullable Plan plan() {
        return plan.get();
    }

    /** Shows a plan of the scenario as it is now (an evaluated plan, a test's plan); null for none. */
    public void show(@Nullable Plan next) {
        show(next, scenario.get(), null);
    }

    /** Shows a plan solved for {@code from} with {@code how}; stale at once if the scenario changed meanwhile. */
    public void show(@Nullable Plan next, Scenario from, @Nullable SolveSettings how) {
        show(next, from, how, "");
    }

    /** The same, saying where the plan comes from first ("What to buy, a budget of $1.65B"). */
    public void show(@Nullable Plan next, Scenario from, @Nullable SolveSettings how, String source) {
        solvedFor = next == null ? null : from;
        settings = next == null ? null : how;
        display(next);
        String text = SolveSettingsText.of(how);
        origin.set(source.isEmpty() ? text : text.isEmpty() ? source : source + " · " + text);
        scenarioChanged(scenario.get());
    }

    /**
     * Shows a plan kept beside the scenario file, stale when the file's scenario is not the one it was solved for
     * (edited elsewhere, or saved after an edit without a new solve).
     */
    public void showKept(KeptPlan kept, Scenario opened) {
        boolean same = kept.scenarioDigest().equals(ScenarioDigest.of(opened));
        solvedFor = same ? opened : null;
        settings = kept.settings();
        display(kept.plan());
        origin.set(SolveSettingsText.of(kept.settings()));
        stale.set(!same);
    }

    /** The plan on screen to keep beside the scenario file; null when there is none or it was never solved here. */
    public @Nullable KeptPlan toKeep() {
        Plan shown = plan.get();
        SolveSettings how = settings;
        if (shown == null || how == null) {
            return null;
        }
        // A stale plan is kept with the digest of what it was solved for, so it reopens stale too.
        Scenario from = solvedFor;
        return new KeptPlan(shown, how, from == null ? "stale" : ScenarioDigest.of(from));
    }

    /** The open scenario changed (an edit, undo, redo): the plan is stale unless it is the scenario it was solved for. */
    public void scenarioChanged(Scenario now) {
        Scenario from = solvedFor;
        stale.set(plan.get() != null && (from == null || !sameBase(from, now)));
    }

    /** The plan on screen describes a scenario other than the open one; it stays until re-solved, marked. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    public boolean isStale() {
        return stale.get();
    }

    /** How the plan on screen was solved, in words ("Solved 2026-12-04 15:02 UTC, seed 0, 30 s limit"); empty if not here. */
    public ReadOnlyStringProperty originProperty() {
        return origin;
    }

    public @Nullable SolveSettings settings() {
        return settings;
    }

    /** Pins the shard to its pool (or frees it): the next solve starts from this plan and keeps pinned shards put. */
    public void pin(Assignment row, boolean pinned) {
        Plan shown = plan.get();
        if (shown == null || !row.isPlaced() && pinned) {
            return;
        }
        List<Assignment> rows = shown.assignments().stream()
                .map(a -> a.workload().equals(row.workload()) && a.shard() == row.shard() ? a.withPinned(pinned) : a)
                .toList();
        boolean wasStale = stale.get();
        display(shown.withAssignments(rows));
        stale.set(wasStale);
    }

    /** The plan's pinned shards, for a solve that does not start from the whole plan; null when none is pinned. */
    public @Nullable Plan pinnedOnly() {
        Plan shown = plan.get();
        if (shown == null || shown.assignments().stream().noneMatch(Assignment::pinned)) {
            return null;
        }
        return shown.withAssignments(shown.assignments().stream().filter(Assignment::pinned).toList());
    }

    /** Variants are not part of the base plan: adding one after a solve leaves the base plan current. */
    private static boolean sameBase(Scenario a, Scenario b) {
        return a == b || a.withVariants(List.of()).equals(b.withVariants(List.of()));
    }

    private void display(@Nullable Plan next) {
        readsPurchases = next != null && PurchasableCapacity.buysCapacity(scenario.get(), next);
        explanations = next == null ? Map.of()
                : next.explanations().stream().collect(Collectors.toMap(WorkloadExplanation::workload,
                        Function.identity(), (a, b) -> a));
        assignments.setAll(next == null ? java.util.List.of() : next.assignments());
        PlanQuality quality = next == null ? null : next.quality();
        qualityLevels.setAll(quality == null ? java.util.List.of() : LevelRow.of(quality.levels()));
        qualitySummary.set(quality == null ? "" : quality.summary());
        plan.set(next);
    }

    /**
     * How good the plan on screen is, in one line ("Cost within 0.4 % of its bound; no improvement for 20 s of the
     * 60 s solve"); empty for a plan without a quality (one still being solved, or not solved here).
     */
    public ReadOnlyStringProperty qualitySummaryProperty() {
        return qualitySummary;
    }

    /** The plan's levels in words, most important first; empty when the plan has no quality. */
    public ObservableList<LevelRow> qualityLevels() {
        return qualityLevelsReadOnly;
    }

    public ObjectProperty<PlanFilter> filterProperty() {
        return filter;
    }

    public PlanFilter filter() {
        return filter.get();
    }

    public void filterBy(PlanFilter next) {
        filter.set(next);
    }

    public void clearFilter() {
        filter.set(PlanFilter.NONE.withText(filter.get().text()));
    }

    public ObservableList<Assignment> visibleAssignments() {
        return visible;
    }

    public StringProperty selectedWorkloadProperty() {
        return selectedWorkload;
    }

    public Optional<WorkloadExplanation> explanation(@Nullable String workload) {
        return workload == null ? Optional.empty() : Optional.ofNullable(explanations.get(workload));
    }

    /** How long the last filter took to apply, for the timed log line and the scale bench. */
    public long lastFilterMicros() {
        return lastFilterMicros;
    }

    private void applyFilter() {
        long start = System.nanoTime();
        PlanFilter f = filter.get();
        visible.setPredicate(f.isEmpty() ? null : f::test);
        lastFilterMicros = (System.nanoTime() - start) / 1000;
        LOG.debug("plan filter {} -> {} of {} rows in {} ms", f.describe(), visible.size(), assignments.size(),
                lastFilterMicros / 1000.0);
    }
}
