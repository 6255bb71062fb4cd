package com.capacityworkbench.model.testing;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A small valid scenario (horizon 2027-Q1..2027-Q4) that tests change one thing at a time:
 * providers azure (primary) and aws; sites azure-eastus (US), azure-sweden (EU), aws-east (US);
 * accelerators h100 (CUDA) and trn2 (Neuron); pools azure-h100, aws-trn2, sweden-h100;
 * datasets web-corpus (Azure, US) and eu-logs (EU only); workloads pretrain (training), chat (inference).
 * {@link #buying()} adds a self-built provider lab with its site lab-campus and something to buy.
 */
public final class TestScenarios {

    public static final Period Q1 = Period.quarter(2027, 1);
    public static final Period Q2 = Period.quarter(2027, 2);
    public static final Period Q3 = Period.quarter(2027, 3);
    public static final Period Q4 = Period.quarter(2027, 4);

    private TestScenarios() {
    }

    public static Scenario valid() {
        return new Scenario("test", "a small valid scenario", new Horizon(Q1, Q4),
                List.of(new Provider("azure", ProviderKind.CLOUD, 0.02, 0.087, "primary"),
                        new Provider("aws", ProviderKind.CLOUD, 0.02, 0.09, null)),
                List.of(new Site("azure-eastus", "azure", "United States", "US", false, null, Map.of(),
                                1.18, 343, 0, "us-east", 400),
                        new Site("azure-sweden", "azure", "Sweden", "EU", false, 50.0, Map.of(Q3, 80.0),
                                1.18, 19, 0, "eu-north", 400),
                        new Site("aws-east", "aws", "United States", "US", false, null, Map.of(),
                                1.15, 343, 0, "us-east", 200)),
                List.of(new AcceleratorType("h100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1.0, 1.0, 25),
                        new AcceleratorType("trn2", "AWS", SoftwareFamily.NEURON, 96, 500, 0.7, 0.8, 30)),
                List.of(new Pool("azure-h100", "azure-eastus", "h100", 4096, Q1, Q4, PricingKind.COMMITTED, 4.5,
                                Map.of(Q3, 8192)),
                        new Pool("aws-trn2", "aws-east", "trn2", 8192, Q1, Q4, PricingKind.ON_DEMAND, 2.4, Map.of()),
                        new Pool("sweden-h100", "azure-sweden", "h100", 1024, Q2, Q4, PricingKind.ON_DEMAND, 12.29,
                                Map.of())),
                List.of(new Dataset("web-corpus", 800, "azure-eastus", Set.of(), true),
                        new Dataset("eu-logs", 40, "azure-sweden", Set.of("EU"), false)),
                List.of(new Workload("pretrain", WorkloadKind.TRAINING, 4000, Q1, Q3, 10,
                                Set.of(SoftwareFamily.CUDA), 80, List.of("web-corpus"), true, false, 1,
                                null, null, 30.0, 2_000_000.0, false),
                        new Workload("chat", WorkloadKind.INFERENCE, 600, Q2, Q4, 8,
                                Set.of(SoftwareFamily.CUDA, SoftwareFamily.NEURON), 80, List.of("eu-logs"), true,
                                true, 4, 150.0, "eu-central", null, null, false)),
                new Policies("azure", FirstRefusalMode.STRICT, 0.5, 80, 70, 0.9),
                ConstraintWeights.defaults());
    }

    /**
     * The valid scenario with purchase options: offers aws-trn2-2027 (aws-east, 8 blocks of 1,024 trn2) and
     * azure-h100-2027 (azure-eastus, 2 to 4 blocks of 2,048 h100); build-out campus-step-1 (100 MW at lab-campus, a
     * site of the self-built provider lab); spend term azure-minimum (azure, 2027-Q1..2027-Q4, $100M to $400M).
     */
    public static Scenario buying() {
        Scenario s = valid();
        List<Provider> providers = new ArrayList<>(s.providers());
        providers.add(new Provider("lab", ProviderKind.SELF_BUILT, 0, 0.05, null));
        List<Site> sites = new ArrayList<>(s.sites());
        sites.add(new Site("lab-campus", "lab", "United States", "US", false, 50.0, Map.of(), 1.2, 400, 60,
                "us-central", 400));
        PurchaseOptions options = new PurchaseOptions(
                List.of(new Offer("aws-trn2-2027", "aws", "aws-east", "trn2", 1024, 0, 8, Q2, 1, 3, 1.6, 0),
                        new Offer("azure-h100-2027", "azure", "azure-eastus", "h100", 2048, 2, 4, Q1, 0, 4, 3.2,
                                5_000_000)),
                List.of(new BuildOut("campus-step-1", "lab-campus", 100, Q3, 10_000_000, 8, List.of("h100"))),
                List.of(new SpendTerm("azure-minimum", "azure", Q1, Q4, 100_000_000, 400_000_000.0)));
        return Copy.with(Copy.with(s, "providers", providers), "sites", sites).withPurchaseOptions(options);
    }

    public static Scenario withOffer(int index, UnaryOperator<Offer> change) {
        PurchaseOptions o = buying().purchaseOptions();
        return buying().withPurchaseOptions(o.withOffers(replace(o.offers(), index, change)));
    }

    public static Scenario withBuildOut(int index, UnaryOperator<BuildOut> change) {
        PurchaseOptions o = buying().purchaseOptions();
        return buying().withPurchaseOptions(o.withBuildOuts(replace(o.buildOuts(), index, change)));
    }

    public static Scenario withSpendTerm(int index, UnaryOperator<SpendTerm> change) {
        PurchaseOptions o = buying().purchaseOptions();
        return buying().withPurchaseOptions(o.withSpendTerms(replace(o.spendTerms(), index, change)));
    }

    /** The valid scenario with one element of one list replaced. */
    public static Scenario withWorkload(int index, UnaryOperator<Workload> change) {
        Scenario s = valid();
        return Copy.with(s, "workloads", replace(s.workloads(), index, change));
    }

    public static Scenario withPool(int index, UnaryOperator<Pool> change) {
        Scenario s = valid();
        return Copy.with(s, "pools", replace(s.pools(), index, change));
    }

    public static Scenario withSite(int index, UnaryOperator<Site> change) {
        Scenario s = valid();
        return Copy.with(s, "sites", replace(s.sites(), index, change));
    }

    public static Scenario withDataset(int index, UnaryOperator<Dataset> change) {
        Scenario s = valid();
        return Copy.with(s, "datasets", replace(s.datasets(), index, change));
    }

    public static Scenario withAccelerator(int index, UnaryOperator<AcceleratorType> change) {
        Scenario s = valid();
        return Copy.with(s, "accelerators", replace(s.accelerators(), index, change));
    }

    public static Scenario withProvider(int index, UnaryOperator<Provider> change) {
        Scenario s = valid();
        return Copy.with(s, "providers", replace(s.providers(), index, change));
    }

    public static Scenario withPolicies(UnaryOperator<Policies> change) {
        Scenario s = valid();
        return Copy.with(s, "policies", change.apply(s.policies()));
    }

    private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }
}
