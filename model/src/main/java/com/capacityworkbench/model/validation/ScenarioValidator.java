package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.List;

/**
 * Checks a scenario and reports every problem at once, each at a path such as
 * {@code workloads[12].datasets[0]} with a planner's sentence. An empty list means the solver,
 * the views and the exports can rely on the scenario: every reference resolves, every window lies on
 * the horizon, every figure is in range ({@link Figure}) and the score can count every plan ({@link ScoreBounds}). Whether the workloads fit is the solver's question, not this one.
 */
public final class ScenarioValidator {

    private ScenarioValidator() {
    }

    public static List<ValidationProblem> validate(Scenario scenario) {
        Problems problems = new Problems();
        problems.addAll(MissingFields.find(scenario));
        problems.notBlank("name", scenario.name());
        Horizon horizon = HorizonRules.check(scenario.horizon(), problems);
        problems.ids("providers", scenario.providers(), Provider::id);
        problems.ids("sites", scenario.sites(), Site::id);
        problems.ids("accelerators", scenario.accelerators(), AcceleratorType::id);
        problems.ids("pools", scenario.pools(), Pool::id);
        problems.ids("datasets", scenario.datasets(), Dataset::id);
        problems.ids("workloads", scenario.workloads(), Workload::id);

        ValidationContext context = new ValidationContext(scenario, ScenarioIndex.of(scenario), horizon, problems);
        ProviderRules.check(context);
        SiteRules.check(context);
        AcceleratorRules.check(context);
        PoolRules.check(context);
        DatasetRules.check(context);
        WorkloadRules.check(context);
        PolicyRules.check(context);
        PurchaseRules.check(context);
        if (problems.list().isEmpty()) {
            // Sums over the whole scenario (a plan's, the committed pools') are taken from figures known to be in range.
            ScoreSizeRules.check(scenario, problems);
            SpendCapRules.check(scenario, problems);
        }
        if (problems.list().isEmpty()) {
            // Variants are checked against a valid base only: each is the base with its changes applied.
            problems.addAll(VariantChecks.validate(scenario));
            problems.addAll(UncertaintyChecks.validate(scenario));
        }
        return problems.list();
    }

    public static boolean isValid(Scenario scenario) {
        return validate(scenario).isEmpty();
    }
}
