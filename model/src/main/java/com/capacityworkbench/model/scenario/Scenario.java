package com.capacityworkbench.model.scenario;

import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a plan is made from. Saved as one file, together with its what-if {@code variants}
 * (changes on top of this scenario; see {@link com.capacityworkbench.model.variant.VariantResolver}) and what may
 * move in its future ({@code uncertainty}, the inputs a portfolio sweep draws from) and what may be bought
 * ({@code purchaseOptions}: offers, build-outs and spend terms).
 */
public record Scenario(
        String name,
        @Nullable String description,
        Horizon horizon,
        List<Provider> providers,
        List<Site> sites,
        List<AcceleratorType> accelerators,
        List<Pool> pools,
        List<Dataset> datasets,
        List<Workload> workloads,
        Policies policies,
        ConstraintWeights weights,
        List<Variant> variants,
        UncertaintyModel uncertainty,
        PurchaseOptions purchaseOptions) {

    public Scenario {
        providers = providers == null ? List.of() : List.copyOf(providers);
        sites = sites == null ? List.of() : List.copyOf(sites);
        accelerators = accelerators == null ? List.of() : List.copyOf(accelerators);
        pools = pools == null ? List.of() : List.copyOf(pools);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        workloads = workloads == null ? List.of() : List.copyOf(workloads);
        policies = policies == null ? Policies.defaults() : policies;
        weights = weights == null ? ConstraintWeights.defaults() : weights;
        variants = variants == null ? List.of() : List.copyOf(variants);
        uncertainty = uncertainty == null ? UncertaintyModel.NONE : uncertainty;
        purchaseOptions = purchaseOptions == null ? PurchaseOptions.NONE : purchaseOptions;
    }

    /** A scenario with nothing to buy. */
    public Scenario(String name, @Nullable String description, Horizon horizon, List<Provider> providers,
            List<Site> sites, List<AcceleratorType> accelerators, List<Pool> pools, List<Dataset> datasets,
            List<Workload> workloads, Policies policies, ConstraintWeights weights, List<Variant> variants,
            UncertaintyModel uncertainty) {
        this(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads, policies, weights,
                variants, uncertainty, PurchaseOptions.NONE);
    }

    /** A scenario without uncertain inputs. */
    public Scenario(String name, @Nullable String description, Horizon horizon, List<Provider> providers,
            List<Site> sites, List<AcceleratorType> accelerators, List<Pool> pools, List<Dataset> datasets,
            List<Workload> workloads, Policies policies, ConstraintWeights weights, List<Variant> variants) {
        this(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads, policies, weights,
                variants, UncertaintyModel.NONE);
    }

    /** A scenario without variants. */
    public Scenario(String name, @Nullable String description, Horizon horizon, List<Provider> providers,
            List<Site> sites, List<AcceleratorType> accelerators, List<Pool> pools, List<Dataset> datasets,
            List<Workload> workloads, Policies policies, ConstraintWeights weights) {
        this(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads, policies, weights,
                List.of());
    }

    public Scenario withVariants(List<Variant> newVariants) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads,
                policies, weights, newVariants, uncertainty, purchaseOptions);
    }

    /** The same scenario with other uncertain inputs (what a portfolio sweep draws its futures from). */
    public Scenario withUncertainty(UncertaintyModel newUncertainty) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads,
                policies, weights, variants, newUncertainty, purchaseOptions);
    }

    /** The same scenario with other things to buy (what the purchase question chooses from). */
    public Scenario withPurchaseOptions(PurchaseOptions newPurchaseOptions) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads,
                policies, weights, variants, uncertainty, newPurchaseOptions);
    }

    public Scenario withPools(List<Pool> newPools) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, newPools, datasets, workloads,
                policies, weights, variants, uncertainty, purchaseOptions);
    }

    public Scenario withSites(List<Site> newSites) {
        return new Scenario(name, description, horizon, providers, newSites, accelerators, pools, datasets, workloads,
                policies, weights, variants, uncertainty, purchaseOptions);
    }

    public Scenario withDatasets(List<Dataset> newDatasets) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, newDatasets, workloads,
                policies, weights, variants, uncertainty, purchaseOptions);
    }

    public Scenario withWorkloads(List<Workload> newWorkloads) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, datasets, newWorkloads,
                policies, weights, variants, uncertainty, purchaseOptions);
    }

    public Scenario withPolicies(Policies newPolicies) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads,
                newPolicies, weights, variants, uncertainty, purchaseOptions);
    }

    public Scenario withWeights(ConstraintWeights newWeights) {
        return new Scenario(name, description, horizon, providers, sites, accelerators, pools, datasets, workloads,
                policies, newWeights, variants, uncertainty, purchaseOptions);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, horizon, providers, sites, accelerators, pools, datasets, workloads,
                policies, weights, variants, uncertainty, purchaseOptions);
    }
}
