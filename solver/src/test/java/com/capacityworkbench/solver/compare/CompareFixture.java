package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
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

/**
 * A hand-made base for comparison tests: Azure (primary) with 1,000 H100, AWS with 2,000 H100 on demand,
 * a self-built campus with 4,000 H100 from 2027-Q1; four workloads.
 */
final class CompareFixture {

    static final Period Q1 = Period.quarter(2027, 1);
    static final Period Q4 = Period.quarter(2027, 4);

    private CompareFixture() {
    }

    static Scenario base() {
        return new Scenario("fixture", null, new Horizon(Q1, Q4),
                List.of(new Provider("Azure", ProviderKind.CLOUD, 0.02, 0.08, null),
                        new Provider("AWS", ProviderKind.CLOUD, 0.02, 0.09, null),
                        new Provider("Self-built", ProviderKind.SELF_BUILT, 0, 0.05, null)),
                List.of(site("azure-east", "Azure"), site("aws-east", "AWS"), site("campus", "Self-built")),
                List.of(new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1, 1, 20)),
                List.of(pool("azure-h100", "azure-east", 1000, PricingKind.COMMITTED, 2.5),
                        pool("aws-h100", "aws-east", 2000, PricingKind.ON_DEMAND, 6.9),
                        pool("campus-h100", "campus", 4000, PricingKind.SELF_BUILT, 1.2)),
                List.of(),
                List.of(workload("train-a", 800, true), workload("train-b", 1500, false),
                        workload("tune-c", 300, false), workload("batch-d", 5000, false)),
                new Policies("Azure", FirstRefusalMode.PREFERENCE, 1.0, 0, 100, 0.9),
                ConstraintWeights.defaults());
    }

    static Site site(String id, String provider) {
        return new Site(id, provider, "US", "US", false, null, Map.of(), 1.2, 300, 60, "us-east", 100);
    }

    static Pool pool(String id, String site, int count, PricingKind pricing, double price) {
        return new Pool(id, site, "H100", count, Q1, Q4, pricing, price, Map.of());
    }

    static Workload workload(String id, double demand, boolean firstRefusal) {
        return new Workload(id, WorkloadKind.TRAINING, demand, Q1, Q4, 5, Set.of(), 0, List.of(), firstRefusal,
                false, 1, null, null, null, null, false);
    }

    /** A plan row as a planner would set it by hand; the evaluator fills in the rest. */
    static Assignment on(String workload, String pool) {
        return new Assignment(workload, 0, 0, pool, null, null, 0, Q1, Q4, 0,
                pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED, null, false);
    }
}
