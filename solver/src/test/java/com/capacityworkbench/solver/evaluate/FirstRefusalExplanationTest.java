package com.capacityworkbench.solver.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.solver.testing.ScenarioBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wording of a first-refusal explanation for a workload split between the primary and another cloud:
 * shards on and off the primary said per pool, reasons grouped by rule, "declined" only where the primary
 * could not take a shard, and the premium compared shard for shard.
 */
class FirstRefusalExplanationTest {

    private static final AcceleratorType MI300X =
            new AcceleratorType("MI300X", "AMD", SoftwareFamily.ROCM, 192, 750, 1.1, 1.3, 22);

    /** "chat": 3 shards of 50 H100, CUDA only; two on azure's H100 pool, one on aws. */
    private static Scenario scenario(int azureH100, FirstRefusalMode mode, double azurePrice) {
        return new ScenarioBuilder("split")
                .provider("azure", ProviderKind.CLOUD, 0, 0)
                .provider("aws", ProviderKind.CLOUD, 0, 0)
                .site(ScenarioBuilder.site("az-swc", "azure", "EU", "eu-north"))
                .site(ScenarioBuilder.site("aws-fra", "aws", "EU", "eu-central"))
                .accelerator(ScenarioBuilder.h100())
                .accelerator(MI300X)
                .pool("az-h100", "az-swc", "H100", azureH100, PricingKind.ON_DEMAND, azurePrice)
                .pool("az-mi300x-1", "az-swc", "MI300X", 500, PricingKind.ON_DEMAND, 2)
                .pool("az-mi300x-2", "az-swc", "MI300X", 500, PricingKind.ON_DEMAND, 2)
                .pool("aws-h100", "aws-fra", "H100", 1000, PricingKind.ON_DEMAND, 3)
                .workload("chat", 150, w -> w.split(3).families(SoftwareFamily.CUDA).firstRefusal())
                .policies(ScenarioBuilder.firstRefusal("azure", mode, 0.5))
                .build();
    }

    private static final List<Assignment> TWO_ON_AZURE = List.of(
            assignment(0, "az-h100"), assignment(1, "az-h100"), assignment(2, "aws-h100"));

    @Test
    void strictModeSaysWhichShardsAreOnThePrimaryAndWhyTheRestIsNot() {
        Plan plan = PlanEvaluator.evaluate(scenario(100, FirstRefusalMode.STRICT, 2), TWO_ON_AZURE);
        WorkloadExplanation chat = plan.explanations().getFirst();

        assertThat(chat.primaryDeclined()).isEqualTo("2 of 3 shards on azure (az-h100 ×2), 1 elsewhere (aws-h100 ×1). "
                + "The primary azure declined: Software family: pools az-mi300x-1, az-mi300x-2 run ROCm; chat supports "
                + "only CUDA and may not be ported; Capacity: pool az-h100 full in 2027-Q1 (100 of 100 used; needs 50)");
        assertThat(chat.summary()).endsWith("; 2 of 3 shards on the primary").doesNotContain("off the primary");
        assertThat(plan.assignments()).filteredOn(a -> "azure".equals(a.provider()))
                .allSatisfy(a -> assertThat(a.reason()).doesNotContain("declined"));
        assertThat(plan.assignments()).filteredOn(a -> "aws".equals(a.provider()))
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo(chat.primaryDeclined()));
    }

    @Test
    void strictModeNeverSaysDeclinedOfAPoolWithRoom() {
        Plan plan = PlanEvaluator.evaluate(scenario(150, FirstRefusalMode.STRICT, 2), TWO_ON_AZURE);

        assertThat(plan.explanations().getFirst().primaryDeclined()).isEqualTo(
                "2 of 3 shards on azure (az-h100 ×2), 1 elsewhere (aws-h100 ×1). The primary azure could take more: "
                        + "Room: pool az-h100 has room for 1 more shard; solve longer or place it by hand. Its other pools "
                        + "declined: Software family: pools az-mi300x-1, az-mi300x-2 run ROCm; chat supports only CUDA and "
                        + "may not be ported");
    }

    /** A shard on azure: 50 H100 × 8,766 h × $10 = $4.4M, against 50 × 8,766 × $3 = $1.3M plus a $0.50/h premium, $219k. */
    @Test
    void preferenceModeComparesOneShardWithOneShard() {
        Plan plan = PlanEvaluator.evaluate(scenario(150, FirstRefusalMode.PREFERENCE, 10), TWO_ON_AZURE);

        assertThat(plan.explanations().getFirst().primaryDeclined()).isEqualTo(
                "2 of 3 shards on azure (az-h100 ×2), 1 elsewhere (aws-h100 ×1). The primary azure declined: "
                        + "Cost: pool az-h100 had room at $4.4M a shard against $1.3M + $219k premium on aws-h100; "
                        + "the premium did not cover the difference; Software family: pools az-mi300x-1, az-mi300x-2 run "
                        + "ROCm; chat supports only CUDA and may not be ported");
    }

    @Test
    void preferenceModeSaysRoomWhereTheMoveWouldPay() {
        Plan plan = PlanEvaluator.evaluate(scenario(150, FirstRefusalMode.PREFERENCE, 3), TWO_ON_AZURE);

        assertThat(plan.explanations().getFirst().primaryDeclined()).contains(
                "Room: pool az-h100 has room for 1 more shard at $1.3M a shard against $1.3M + $219k premium on aws-h100; "
                        + "solve longer or place it by hand");
    }

    private static Assignment assignment(int shard, String pool) {
        Period from = Period.parse("2027-Q1");
        Period to = Period.parse("2027-Q4");
        return new Assignment("chat", shard, 50, pool, null, null, 50, from, to, 0, AssignmentStatus.PLACED, null, false);
    }
}
