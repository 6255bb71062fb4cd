package com.capacityworkbench.model.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.AddPool;
import com.capacityworkbench.model.scenario.AddWorkload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.DemandTarget;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.RemoveWorkload;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.scenario.WeightsChange;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every change kind is re-applied to the base as it is now: after the planner edits the base, the variant is the
 * edited base with the change on top, never a stale copy of the old base.
 */
class ReapplyAfterBaseEditTest {

    static Stream<Change> everyKind() {
        return Stream.of(
                new PriceFactor(PriceTarget.PROVIDER, "Google Cloud", 0.8),
                new PoolCountChange("azure-h100", CountMode.FACTOR, 1.5),
                new PoolDelay("abilene-gb200", 1),
                new PowerCapChange("abilene", CountMode.FACTOR, 0.5, VariantFixture.Q2, null),
                new PolicyChange(null, FirstRefusalMode.PREFERENCE, 2.0, null, null),
                new WeightsChange(new ConstraintWeights(2, 1, 1, 0, 1)),
                new DemandFactor(DemandTarget.KIND, "inference", 2),
                new ResidencyChange("eu-chat-logs", Set.of("UK"), Set.of()),
                new AddWorkload(VariantFixture.workload("agent-rl", WorkloadKind.RL, 500)),
                new RemoveWorkload("chat-us"),
                new AddPool(VariantFixture.pool("extra-h100", "abilene", "H100", 512, PricingKind.ON_DEMAND, 3, Map.of())),
                new RemovePool("gcp-tpu"));
    }

    /** The planner's edit: every price, demand, count and cap of the base changes; one dataset may also go to CH. */
    private static Scenario edited(Scenario base) {
        return base
                .withPools(base.pools().stream().map(p -> p.withPrice(p.pricePerAccelHour() + 1)
                        .withCounts(p.count() + 100, p.countByPeriod())).toList())
                .withWorkloads(base.workloads().stream().map(w -> w.withDemand(w.demand() + 7)).toList())
                .withSites(base.sites().stream().map(s -> new Site(s.id(), s.provider(), s.country(), s.jurisdiction(),
                        s.sovereign(), s.powerCapMw() == null ? null : s.powerCapMw() + 10, s.powerCapByPeriod(), s.pue(),
                        s.carbonGPerKwh(), s.energyPricePerMwh(), s.geography(), s.linkGbps())).toList())
                .withDatasets(base.datasets().stream().map(d -> {
                    Set<String> allowed = new HashSet<>(d.allowedJurisdictions());
                    if (!allowed.isEmpty()) {
                        allowed.add("CH");
                    }
                    return d.withAllowedJurisdictions(allowed);
                }).toList());
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void theVariantFollowsEditsOfTheBase(Change change) {
        Scenario base = VariantFixture.base();
        Variant variant = new Variant("v", "V", null, null, List.of(change));
        Scenario before = new VariantResolver(base, List.of(variant)).resolve("v").scenario();

        Scenario editedBase = edited(base);
        ResolvedVariant after = new VariantResolver(editedBase, List.of(variant)).resolve("v");

        assertThat(after.staleChanges()).as(change.describe()).isEmpty();
        assertThat(after.scenario()).as(change.describe())
                .isEqualTo(change.applyTo(editedBase).scenario().withName("base / V"))
                .isNotEqualTo(before);
        // The base's edit shows through wherever the change did not override it.
        assertThat(after.scenario().workloads()).filteredOn(w -> w.id().equals("frontier-run"))
                .extracting(Workload::demand).as(change.describe()).containsOnly(20007.0);
        assertThat(after.scenario().datasets()).filteredOn(d -> !d.allowedJurisdictions().isEmpty())
                .extracting(Dataset::allowedJurisdictions).as(change.describe())
                .allSatisfy(allowed -> assertThat(allowed).contains("CH"));
        assertThat(after.scenario().pools()).filteredOn(p -> p.id().equals("azure-h100")).extracting(Pool::pricePerAccelHour)
                .as(change.describe()).containsOnly(3.5);
    }
}
