package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.AcceleratorType;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small base scenario for variant tests: Azure and Google, one campus, three pools, three workloads. */
public final class VariantFixture {

    public static final Period Q1 = Period.quarter(2027, 1);
    public static final Period Q2 = Period.quarter(2027, 2);
    public static final Period Q3 = Period.quarter(2027, 3);
    public static final Period Q4 = Period.quarter(2027, 4);

    private VariantFixture() {
    }

    public static Scenario base() {
        return new Scenario("base", null, new Horizon(Q1, Q4),
                List.of(new Provider("Azure", ProviderKind.CLOUD, 0.02, 0.08, null),
                        new Provider("Google Cloud", ProviderKind.CLOUD, 0.02, 0.12, null),
                        new Provider("Self-built", ProviderKind.SELF_BUILT, 0, 0.05, null)),
                List.of(site("azure-swedencentral", "Azure", "EU", null),
                        site("gcp-us-central1", "Google Cloud", "US", null),
                        site("abilene", "Self-built", "US", 200.0)),
                List.of(new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1, 1, 20),
                        new AcceleratorType("TPU v5p", "Google", SoftwareFamily.XLA, 95, 450, 0.9, 0.8, 25),
                        new AcceleratorType("GB200", "NVIDIA", SoftwareFamily.CUDA, 186, 1200, 2.5, 3, 15)),
                List.of(pool("azure-h100", "azure-swedencentral", "H100", 4096, PricingKind.COMMITTED, 2.5, Map.of()),
                        pool("gcp-tpu", "gcp-us-central1", "TPU v5p", 8192, PricingKind.ON_DEMAND, 4.2, Map.of()),
                        pool("abilene-gb200", "abilene", "GB200", 0, PricingKind.SELF_BUILT, 1.1,
                                Map.of(Q2, 16384, Q4, 32768))),
                List.of(new Dataset("eu-chat-logs", 800, "azure-swedencentral", Set.of("EU"), true),
                        new Dataset("web-crawl", 12000, "gcp-us-central1", Set.of(), true)),
                List.of(workload("frontier-run", WorkloadKind.TRAINING, 20000),
                        workload("chat-eu", WorkloadKind.INFERENCE, 3000),
                        workload("chat-us", WorkloadKind.INFERENCE, 5000)),
                new Policies("Azure", FirstRefusalMode.STRICT, 0, 50, 60, 0.9),
                ConstraintWeights.defaults());
    }

    public static Site site(String id, String provider, String jurisdiction, Double capMw) {
        return new Site(id, provider, "X", jurisdiction, false, capMw, Map.of(), 1.2, 100, 60, "us-east", 100);
    }

    public static Pool pool(String id, String site, String type, int count, PricingKind pricing, double price,
            Map<Period, Integer> ramp) {
        return new Pool(id, site, type, count, Q1, Q4, pricing, price, ramp);
    }

    public static Workload workload(String id, WorkloadKind kind, double demand) {
        return new Workload(id, kind, demand, Q1, Q4, 5, Set.of(), 0, List.of(), false, kind.isInference(),
                kind.isInference() ? 4 : 1, null, null, null, null, false);
    }
}
