package com.capacityworkbench.model.scenario;

import static com.capacityworkbench.model.variant.VariantFixture.Q1;
import static com.capacityworkbench.model.variant.VariantFixture.Q2;
import static com.capacityworkbench.model.variant.VariantFixture.Q3;
import static com.capacityworkbench.model.variant.VariantFixture.Q4;
import static com.capacityworkbench.model.variant.VariantFixture.base;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.variant.VariantFixture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static Pool pool(Scenario s, String id) {
        return s.pools().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Workload workload(Scenario s, String id) {
        return s.workloads().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    private static Scenario applied(Change change, Scenario scenario) {
        ChangeOutcome outcome = change.applyTo(scenario);
        assertThat(outcome.staleReason()).as(change.describe()).isNull();
        return outcome.scenario();
    }

    @Test
    void priceFactorByProviderScalesOnlyThatProvidersPools() {
        Scenario s = applied(new PriceFactor(PriceTarget.PROVIDER, "Google Cloud", 0.8), base());
        assertThat(pool(s, "gcp-tpu").pricePerAccelHour()).isCloseTo(3.36, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pool(s, "azure-h100").pricePerAccelHour()).isEqualTo(2.5);
        assertThat(pool(s, "abilene-gb200").pricePerAccelHour()).isEqualTo(1.1);
    }

    @Test
    void priceFactorByAcceleratorAndByPool() {
        Scenario byType = applied(new PriceFactor(PriceTarget.ACCELERATOR, "H100", 1.5), base());
        assertThat(pool(byType, "azure-h100").pricePerAccelHour()).isEqualTo(3.75);
        assertThat(pool(byType, "gcp-tpu").pricePerAccelHour()).isEqualTo(4.2);
        Scenario byPool = applied(new PriceFactor(PriceTarget.POOL, "abilene-gb200", 2), base());
        assertThat(pool(byPool, "abilene-gb200").pricePerAccelHour()).isEqualTo(2.2);
        assertThat(pool(byPool, "azure-h100").pricePerAccelHour()).isEqualTo(2.5);
    }

    @Test
    void poolCountChangeScalesBaseCountAndEveryRampStep() {
        Scenario s = applied(new PoolCountChange("abilene-gb200", CountMode.FACTOR, 0.5), base());
        Pool p = pool(s, "abilene-gb200");
        assertThat(p.countIn(Q1)).isZero();
        assertThat(p.countIn(Q2)).isEqualTo(8192);
        assertThat(p.countIn(Q4)).isEqualTo(16384);
        Scenario minus = applied(new PoolCountChange("azure-h100", CountMode.DELTA, -5000), base());
        assertThat(pool(minus, "azure-h100").count()).as("never negative").isZero();
        Scenario set = applied(new PoolCountChange("azure-h100", CountMode.SET, 1024), base());
        assertThat(pool(set, "azure-h100").countIn(Q3)).isEqualTo(1024);
    }

    @Test
    void poolDelayShiftsWindowAndRampAndCutsThemToTheHorizon() {
        Scenario s = applied(new PoolDelay("abilene-gb200", 2), base());
        Pool p = pool(s, "abilene-gb200");
        assertThat(p.from()).isEqualTo(Q3);
        assertThat(p.to()).as("cut to the horizon's last period").isEqualTo(Q4);
        assertThat(p.countIn(Q2)).as("not there yet").isZero();
        assertThat(p.countIn(Q3)).as("the base's Q1 count (before its ramp)").isZero();
        assertThat(p.countIn(Q4)).as("ramp step from Q2 now in Q4").isEqualTo(16384);
        assertThat(com.capacityworkbench.model.validation.ScenarioValidator.validate(s)).isEmpty();
        assertThat(new PoolDelay("abilene-gb200", 2).describe()).isEqualTo("Pool abilene-gb200 delayed by 2 periods");

        Scenario early = applied(new PoolDelay("abilene-gb200", -1), base());
        Pool e = pool(early, "abilene-gb200");
        assertThat(e.from()).isEqualTo(Q1);
        assertThat(e.countIn(Q1)).as("the Q2 step moved to Q1 sets the starting count").isEqualTo(16384);
        assertThat(e.countIn(Q3)).as("the Q4 step moved to Q3").isEqualTo(32768);

        Scenario gone = applied(new PoolDelay("gcp-tpu", 4), base());
        assertThat(gone.pools()).extracting(Pool::id).as("pushed past the horizon").doesNotContain("gcp-tpu");
    }

    @Test
    void powerCapChangeInARangeOfPeriods() {
        Scenario s = applied(new PowerCapChange("abilene", CountMode.FACTOR, 0.75, Q3, null), base());
        var site = s.sites().stream().filter(x -> x.id().equals("abilene")).findFirst().orElseThrow();
        assertThat(site.powerCapIn(Q2)).isEqualTo(200.0);
        assertThat(site.powerCapIn(Q3)).isEqualTo(150.0);
        assertThat(site.powerCapIn(Q4)).isEqualTo(150.0);
        Scenario set = applied(new PowerCapChange("azure-swedencentral", CountMode.SET, 80, Q1, Q2), base());
        var sweden = set.sites().stream().filter(x -> x.id().equals("azure-swedencentral")).findFirst().orElseThrow();
        assertThat(sweden.powerCapIn(Q1)).isEqualTo(80.0);
        assertThat(sweden.powerCapIn(Q3)).as("outside the range: still uncapped").isNull();
        Scenario scaledUncapped = applied(new PowerCapChange("azure-swedencentral", CountMode.FACTOR, 0.5, null, null), base());
        assertThat(scaledUncapped.sites().get(0).powerCapIn(Q1)).isNull();
    }

    @Test
    void policyChangeKeepsWhatItDoesNotName() {
        Scenario s = applied(new PolicyChange(null, FirstRefusalMode.PREFERENCE, 0.75, null, null), base());
        assertThat(s.policies().firstRefusal()).isEqualTo(FirstRefusalMode.PREFERENCE);
        assertThat(s.policies().firstRefusalPremium()).isEqualTo(0.75);
        assertThat(s.policies().primaryProvider()).isEqualTo("Azure");
        assertThat(s.policies().carbonPricePerTonne()).isEqualTo(50);
        Scenario none = applied(new PolicyChange(PolicyChange.NO_PRIMARY, null, null, null, null), base());
        assertThat(none.policies().primaryProvider()).isNull();
        assertThat(new PolicyChange(null, FirstRefusalMode.PREFERENCE, 0.75, null, null).describe())
                .isEqualTo("Policy: first refusal preference, first-refusal premium $0.75/accel-h");
    }

    @Test
    void weightsChangeReplacesWeights() {
        ConstraintWeights w = new ConstraintWeights(1, 0, 2, 1, 1);
        assertThat(applied(new WeightsChange(w), base()).weights()).isEqualTo(w);
    }

    @Test
    void demandFactorByKindAndByWorkload() {
        Scenario s = applied(new DemandFactor(DemandTarget.KIND, "inference", 1.5), base());
        assertThat(workload(s, "chat-eu").demand()).isEqualTo(4500);
        assertThat(workload(s, "chat-us").demand()).isEqualTo(7500);
        assertThat(workload(s, "frontier-run").demand()).isEqualTo(20000);
        Scenario one = applied(new DemandFactor(DemandTarget.WORKLOAD, "frontier-run", 0.5), base());
        assertThat(workload(one, "frontier-run").demand()).isEqualTo(10000);
        assertThat(workload(one, "chat-eu").demand()).isEqualTo(3000);
    }

    @Test
    void residencyWidensAndNarrows() {
        Scenario wide = applied(new ResidencyChange("eu-chat-logs", Set.of("UK"), Set.of()), base());
        assertThat(wide.datasets().get(0).allowedJurisdictions()).containsExactlyInAnyOrder("EU", "UK");
        Scenario narrow = applied(new ResidencyChange("eu-chat-logs", Set.of("DE"), Set.of("EU")), base());
        assertThat(narrow.datasets().get(0).allowedJurisdictions()).containsExactly("DE");
        ChangeOutcome anywhere = new ResidencyChange("web-crawl", Set.of(), Set.of("US")).applyTo(base());
        assertThat(anywhere.staleReason()).contains("may already go anywhere");
    }

    @Test
    void addAndRemoveWorkloadsAndPools() {
        Workload extra = VariantFixture.workload("agent-rl", WorkloadKind.RL, 2000);
        Scenario added = applied(new AddWorkload(extra), base());
        assertThat(added.workloads()).extracting(Workload::id).contains("agent-rl");
        Scenario removed = applied(new RemoveWorkload("chat-us"), base());
        assertThat(removed.workloads()).extracting(Workload::id).containsExactly("frontier-run", "chat-eu");
        Pool deal = VariantFixture.pool("oracle-h200", "abilene", "H100", 1000, PricingKind.ON_DEMAND, 3, Map.of());
        assertThat(applied(new AddPool(deal), base()).pools()).extracting(Pool::id).contains("oracle-h200");
        assertThat(applied(new RemovePool("gcp-tpu"), base()).pools()).extracting(Pool::id)
                .containsExactly("azure-h100", "abilene-gb200");
    }

    @Test
    void changesWhoseTargetIsGoneAreStaleAndChangeNothing() {
        Scenario base = base();
        Change[] stale = {
            new PriceFactor(PriceTarget.PROVIDER, "Oracle", 0.9),
            new PoolCountChange("nope", CountMode.SET, 1),
            new PoolDelay("nope", 1),
            new PowerCapChange("nope", CountMode.SET, 1, null, null),
            new PolicyChange("Oracle", null, null, null, null),
            new DemandFactor(DemandTarget.WORKLOAD, "nope", 2),
            new DemandFactor(DemandTarget.KIND, "mining", 2),
            new ResidencyChange("nope", Set.of("UK"), Set.of()),
            new AddWorkload(VariantFixture.workload("chat-eu", WorkloadKind.INFERENCE, 1)),
            new RemoveWorkload("nope"),
            new AddPool(VariantFixture.pool("gcp-tpu", "abilene", "H100", 1, PricingKind.ON_DEMAND, 1, Map.of())),
            new RemovePool("nope")
        };
        for (Change change : stale) {
            ChangeOutcome outcome = change.applyTo(base);
            assertThat(outcome.isStale()).as(change.describe()).isTrue();
            assertThat(outcome.scenario()).as(change.describe()).isEqualTo(base);
        }
    }
}
