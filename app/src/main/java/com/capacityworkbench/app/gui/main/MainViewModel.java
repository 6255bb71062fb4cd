package com.capacityworkbench.app.gui.main;

import com.capacityworkbench.app.gui.accelerators.AcceleratorsViewModel;
import com.capacityworkbench.app.gui.datasets.DatasetsViewModel;
import com.capacityworkbench.app.gui.document.ProblemPath;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.files.FileCommands;
import com.capacityworkbench.app.gui.files.PlanShelf;
import com.capacityworkbench.app.gui.plan.PlanActions;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.policies.PoliciesViewModel;
import com.capacityworkbench.app.gui.portfolio.PortfolioViewModel;
import com.capacityworkbench.app.gui.purchases.PurchaseRunner;
import com.capacityworkbench.app.gui.purchases.WhatToBuyViewModel;
import com.capacityworkbench.app.gui.pools.PoolsViewModel;
import com.capacityworkbench.app.gui.providers.ProvidersViewModel;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.app.gui.sites.SitesViewModel;
import com.capacityworkbench.app.gui.solve.SolvingViewModel;
import com.capacityworkbench.app.gui.purchases.BuildOutsViewModel;
import com.capacityworkbench.app.gui.purchases.OffersViewModel;
import com.capacityworkbench.app.gui.purchases.PurchaseTableViewModel;
import com.capacityworkbench.app.gui.purchases.SpendTermsViewModel;
import com.capacityworkbench.app.gui.uncertainty.UncertaintyViewModel;
import com.capacityworkbench.app.gui.variants.CompareViewModel;
import com.capacityworkbench.app.gui.variants.VariantsViewModel;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PowerCapChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;

/** The main window's state: the open document, the selected section, and the view-models behind each screen. */
public final class MainViewModel implements PlanActions {

    private final ScenarioDocument document;
    private final FileCommands files;
    private final PlanViewModel plans;
    private final SolvingViewModel solving;
    private final PoliciesViewModel policies;
    private final VariantsViewModel variants;
    private final CompareViewModel compare;
    private final PortfolioViewModel portfolio;
    private final WhatToBuyViewModel whatToBuy;
    private final Map<Section, EntityTableViewModel<?>> tables = new EnumMap<>(Section.class);
    private final List<PurchaseTableViewModel<?>> purchaseTables;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.WORKLOADS);
    private final ReadOnlyStringProperty busy;
    private final FirstStepsModel firstSteps;

    /**
     * @param background runs file work (the comparison's export) off the FX thread
     * @param busy    what long-running background work is under way, in words; empty when none
     * @param samples the folder of bundled samples: on one of them, a newcomer is shown the first steps
     */
    public MainViewModel(ScenarioDocument document, FileCommands files, PlanViewModel plans, SolvingViewModel solving,
            PortfolioViewModel portfolio, PurchaseRunner purchaseRunner, TaskExecutor background,
            ReadOnlyStringProperty busy, Path samples) {
        this.portfolio = portfolio;
        this.whatToBuy = new WhatToBuyViewModel(document, plans, purchaseRunner, background,
                javafx.application.Platform::runLater, () -> section.set(Section.PLAN));
        this.busy = busy;
        this.firstSteps = new FirstStepsModel(document, plans, samples);
        this.document = document;
        this.files = files;
        this.plans = plans;
        this.solving = solving;
        this.policies = new PoliciesViewModel(document);
        this.variants = new VariantsViewModel(document);
        this.compare = new CompareViewModel(document, solving.solver(), javafx.application.Platform::runLater,
                solving.onInvalid(), background);
        tables.put(Section.WORKLOADS, new WorkloadsViewModel(document));
        tables.put(Section.POOLS, new PoolsViewModel(document));
        tables.put(Section.SITES, new SitesViewModel(document));
        tables.put(Section.ACCELERATORS, new AcceleratorsViewModel(document));
        tables.put(Section.DATASETS, new DatasetsViewModel(document));
        tables.put(Section.PROVIDERS, new ProvidersViewModel(document));
        tables.put(Section.UNCERTAINTY, new UncertaintyViewModel(document));
        purchaseTables = List.of(new OffersViewModel(document), new BuildOutsViewModel(document),
                new SpendTermsViewModel(document));
        files.setPlanShelf(new PlanShelf() {
            @Override
            public @Nullable KeptPlan toKeep() {
                return plans.toKeep();
            }

            @Override
            public void reopened(KeptPlan kept, Scenario scenario) {
                plans.showKept(kept, scenario);
            }
        });
        // Every edit, undo and import: a plan or comparison of another scenario stays on screen, marked stale.
        document.scenarioProperty().addListener((obs, old, now) -> {
            plans.scenarioChanged(now);
            compare.scenarioChanged(now);
            portfolio.scenarioChanged(now);
            whatToBuy.scenarioChanged(now);
        });
        files.setOnReplaced(() -> {
            solving.abandon();
            compare.abandon();
            portfolio.fileReplaced();
            whatToBuy.fileReplaced();
            plans.show(null);
            plans.clearFilter();
        });
    }

    /** What background work (opening, saving, exporting) has run for more than half a second; empty when none. */
    public ReadOnlyStringProperty busyProperty() {
        return busy;
    }

    public FirstStepsModel firstSteps() {
        return firstSteps;
    }

    public ScenarioDocument document() {
        return document;
    }

    public FileCommands files() {
        return files;
    }

    public PlanViewModel plans() {
        return plans;
    }

    public SolvingViewModel solving() {
        return solving;
    }

    public PoliciesViewModel policies() {
        return policies;
    }

    public VariantsViewModel variants() {
        return variants;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public PortfolioViewModel portfolio() {
        return portfolio;
    }

    /** The Purchases screen's answer: what to buy, and the budget curve. */
    public WhatToBuyViewModel whatToBuy() {
        return whatToBuy;
    }

    public Optional<EntityTableViewModel<?>> table(Section s) {
        return Optional.ofNullable(tables.get(s));
    }

    /** The Purchases section's tables: offers, build-outs and spend terms, in the workbook's order. */
    public List<PurchaseTableViewModel<?>> purchaseTables() {
        return purchaseTables;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** The window title: scenario name, file and an unsaved marker. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            Path file = document.file();
            return (document.isDirty() ? "● " : "") + document.scenario().name()
                    + (file == null ? "" : " — " + file.getFileName()) + " — Capacity Workbench";
        }, document.scenarioProperty(), document.fileProperty(), document.dirtyProperty());
    }

    /**
     * Rules a pool out for a workload (an undoable edit of the scenario, so the plan turns stale until solved again);
     * false when it was already excluded or either is gone.
     */
    @Override
    public boolean excludePool(String workload, String pool) {
        Scenario scenario = document.scenario();
        List<Workload> workloads = scenario.workloads().stream()
                .map(w -> w.id().equals(workload) && !w.excludes(pool)
                        ? w.withExcludedPools(Stream.concat(w.excludedPools().stream(), Stream.of(pool)).toList()) : w)
                .toList();
        if (workloads.equals(scenario.workloads()) || scenario.pools().stream().noneMatch(p -> p.id().equals(pool))) {
            return false;
        }
        return document.apply("Exclude pool " + pool + " for " + workload, scenario.withWorkloads(workloads));
    }

    /**
     * A variant of the base with what the workload lacks on the pool: that many more accelerators on the pool (in
     * every period: the count change has no range) and that much more power at the site over the workload's window.
     * Opens the Variants screen on it, ready to compare.
     */
    @Override
    public void tryShortfall(String workload, Shortfall shortfall) {
        Workload w = document.scenario().workloads().stream().filter(x -> x.id().equals(workload)).findFirst()
                .orElse(null);
        if (w == null) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        if (shortfall.accelerators() > 0) {
            changes.add(new PoolCountChange(shortfall.pool(), CountMode.DELTA, shortfall.accelerators()));
        }
        if (shortfall.mw() > 0) {
            // Rounded up to a tenth of a MW, as the sentence shows it, so the variant is never just short.
            changes.add(new PowerCapChange(shortfall.site(), CountMode.DELTA, Math.ceil(shortfall.mw() * 10) / 10,
                    w.from(), w.to()));
        }
        if (changes.isEmpty()) {
            return;
        }
        variants.add("Room for " + workload + " on " + shortfall.pool(), null, changes);
        section.set(Section.VARIANTS);
    }

    /** Where the first validation problem is, and switches to its section. */
    public Optional<ProblemPath> goToFirstProblem() {
        if (document.problems().isEmpty()) {
            return Optional.empty();
        }
        ProblemPath path = ProblemPath.parse(document.problems().getFirst().path());
        if (path != null) {
            section.set(Section.forCollection(path.collection()));
        }
        return Optional.ofNullable(path);
    }
}
