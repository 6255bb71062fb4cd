package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scenarios built in code for the Excel tests: every optional field used at least once, and left empty once. */
final class TestScenarios {

    static final Period Q1_27 = Period.quarter(2027, 1);
    static final Period Q2_27 = Period.quarter(2027, 2);
    static final Period Q3_27 = Period.quarter(2027, 3);
    static final Period Q4_28 = Period.quarter(2028, 4);

    private TestScenarios() {
    }

    static Scenario rich() {
        return new Scenario("Frontier test", "Two clouds and a campus; EU data stays in the EU.",
                new Horizon(Q1_27, Q4_28),
                List.of(new Provider("azure", ProviderKind.CLOUD, 0.02, 0.087, "primary cloud"),
                        new Provider("aws", ProviderKind.CLOUD, 0.02, 0.09, null),
                        new Provider("campus", ProviderKind.SELF_BUILT, 0, 0.01, "=2+3 is not a formula")),
                List.of(new Site("azure-swedencentral", "azure", "Sweden", "EU", false, 80.0,
                                Map.of(Q1_27, 40.0, Q3_27, 62.5), 1.18, 41, 0, "eu-north", 400),
                        new Site("aws-us-east-1", "aws", "United States", "US", false, null, Map.of(), 1.15, 343,
                                0, "us-east", 200),
                        new Site("campus-tx", "campus", "US", "US", true, 150.0, Map.of(), 1.3, 396.5, 58.25,
                                "us-south", 100)),
                List.of(new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1.0, 1.0, 35),
                        new AcceleratorType("Trainium2", "AWS", SoftwareFamily.NEURON, 96, 500, 0.66, 0.8, 42.5),
                        new AcceleratorType("MI300X", "AMD", SoftwareFamily.ROCM, 192, 750, 0.85, 1.1, 0)),
                List.of(new Pool("azure-h100", "azure-swedencentral", "H100", 4096, Q1_27, Q4_28,
                                PricingKind.COMMITTED, 2.1, Map.of(Q3_27, 8192, Period.quarter(2028, 1), 12288)),
                        new Pool("aws-trn2", "aws-us-east-1", "Trainium2", 2048, Q2_27, Q4_28, PricingKind.ON_DEMAND,
                                3.7, Map.of()),
                        new Pool("tx-mi300", "campus-tx", "MI300X", 16384, Q1_27, Q4_28, PricingKind.SELF_BUILT,
                                0.95, Map.of())),
                List.of(new Dataset("web-crawl", 1800.5, "aws-us-east-1", Set.of(), true),
                        new Dataset("eu-chat-logs", 95, "azure-swedencentral", Set.of("EU", "UK"), false)),
                List.of(new Workload("frontier-pretrain", WorkloadKind.TRAINING, 12000, Q1_27, Q4_28, 10,
                                Set.of(SoftwareFamily.CUDA, SoftwareFamily.ROCM), 80, List.of("web-crawl"), true,
                                false, 1, null, null, 21.0, 2_500_000.0, false),
                        new Workload("eu-assistant", WorkloadKind.INFERENCE, 1500.75, Q2_27, Q4_28, 8, Set.of(), 0,
                                List.of("eu-chat-logs", "web-crawl"), true, true, 3, 250.0, "eu-central", null,
                                null, true),
                        new Workload("-rl-sweep", WorkloadKind.RL, 512, Q3_27, Q3_27, 1,
                                Set.of(SoftwareFamily.NEURON), 32, List.of(), false, false, 1, null, null, null,
                                null, false)),
                new Policies("azure", FirstRefusalMode.PREFERENCE, 0.35, 85, 60, 0.85),
                new ConstraintWeights(1, 2.5, 1, 0.5, 0));
    }

    /**
     * The rich scenario with purchase options: offers azure-h100-2028 (up to 100,000 blocks of 64) and aws-trn2-2028,
     * build-out tx-phase-2 at the campus, spend terms azure-commit (with a cap) and aws-floor (without).
     */
    static Scenario richBuying() {
        return rich().withPurchaseOptions(new PurchaseOptions(
                List.of(new Offer("azure-h100-2028", "azure", "azure-swedencentral", "H100", 64, 1, 100_000, Q3_27, 2,
                                8, 1.9, 0),
                        new Offer("aws-trn2-2028", "aws", "aws-us-east-1", "Trainium2", 4096, 0, 4, Q1_27, 1, 6, 1.4,
                                25_000_000)),
                List.of(new BuildOut("tx-phase-2", "campus-tx", 200, Period.quarter(2027, 4), 12_000_000, 12,
                        List.of("H100", "MI300X"))),
                List.of(new SpendTerm("azure-commit", "azure", Q1_27, Q4_28, 4e9, 9e9),
                        new SpendTerm("aws-floor", "aws", Q2_27, Q4_28, 1e9, null))));
    }

    /** A monthly horizon with no primary provider and default policies. */
    static Scenario monthly() {
        Period jan = Period.month(2027, 1);
        Period dec = Period.month(2027, 12);
        return new Scenario("Monthly", null, new Horizon(jan, dec),
                List.of(new Provider("coreweave", ProviderKind.NEOCLOUD, 0, 0, null)),
                List.of(new Site("cw-nj", "coreweave", "US", "US", false, null, Map.of(Period.month(2027, 6), 20.0),
                        1.2, 300, 0, "us-east", 100)),
                List.of(new AcceleratorType("B200", "NVIDIA", SoftwareFamily.CUDA, 180, 1000, 2.5, 3.0, 30)),
                List.of(new Pool("cw-b200", "cw-nj", "B200", 1024, jan, dec, PricingKind.ON_DEMAND, 5.5,
                        Map.of(Period.month(2027, 4), 2048))),
                List.of(),
                List.of(new Workload("batch-evals", WorkloadKind.BATCH, 256, Period.month(2027, 3),
                        Period.month(2027, 5), 3, Set.of(), 0, List.of(), false, false, 1, null, null, null, null,
                        false)),
                Policies.defaults(), ConstraintWeights.defaults());
    }

    /** {@code count} workloads spread over the rich scenario's pools: for the benchmark and big-file tests. */
    static Scenario withWorkloads(int count) {
        Scenario base = rich();
        List<Workload> workloads = new ArrayList<>();
        WorkloadKind[] kinds = WorkloadKind.values();
        for (int i = 0; i < count; i++) {
            WorkloadKind kind = kinds[i % kinds.length];
            Period from = Q1_27.plus(i % 6);
            workloads.add(new Workload("w-" + i, kind, 8 + (i * 37 % 900), from, from.plus(i % 3), 1 + i % 10,
                    i % 4 == 0 ? Set.of(SoftwareFamily.CUDA) : Set.of(), i % 2 == 0 ? 40 : 0,
                    i % 5 == 0 ? List.of("web-crawl") : List.of(), i % 3 == 0, kind.isInference(),
                    kind.isInference() ? 4 : 1, kind.isInference() ? 300.0 : null,
                    kind.isInference() ? "us-east" : null, i % 7 == 0 ? 14.0 : null, null, false));
        }
        return new Scenario(base.name(), base.description(), base.horizon(), base.providers(), base.sites(),
                base.accelerators(), base.pools(), base.datasets(), workloads, base.policies(), base.weights());
    }
}
