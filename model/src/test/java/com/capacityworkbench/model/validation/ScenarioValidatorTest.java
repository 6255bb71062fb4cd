package com.capacityworkbench.model.validation;

import static com.capacityworkbench.model.testing.Copy.with;
import static com.capacityworkbench.model.testing.TestScenarios.Q1;
import static com.capacityworkbench.model.testing.TestScenarios.Q2;
import static com.capacityworkbench.model.testing.TestScenarios.Q3;
import static com.capacityworkbench.model.testing.TestScenarios.Q4;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.testing.TestScenarios;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule: the scenario breaks exactly that rule, and exactly that problem is reported. */
class ScenarioValidatorTest {

    private static void assertOnly(Scenario scenario, String path, String message) {
        assertThat(ScenarioValidator.validate(scenario)).containsExactly(new ValidationProblem(path, message));
    }

    private static Scenario valid() {
        return TestScenarios.valid();
    }

    @Test
    void theTestScenarioIsValid() {
        assertThat(ScenarioValidator.validate(valid())).isEmpty();
        assertThat(ScenarioValidator.isValid(valid())).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Scenario scenario = TestScenarios.withWorkload(1, w -> with(with(w, "demand", -5.0), "datasets",
                List.of("eu-logz")));
        scenario = with(scenario, "name", " ");

        assertThat(ScenarioValidator.validate(scenario)).containsExactly(
                new ValidationProblem("name", "must not be blank"),
                new ValidationProblem("workloads[1].demand", "must be more than 0, got -5"),
                new ValidationProblem("workloads[1].datasets[0]", "unknown dataset \"eu-logz\""));
    }

    @Test
    void anExcludedPoolMustExist() {
        Scenario scenario = TestScenarios.withWorkload(1, w -> w.withExcludedPools(List.of("pool-nowhere")));

        assertThat(ScenarioValidator.validate(scenario)).containsExactly(
                new ValidationProblem("workloads[1].excludedPools[0]", "unknown pool \"pool-nowhere\""));
    }

    @Nested
    class ScenarioLevel {
        @Test
        void requiredFieldsMustBePresent() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "kind", null)), "workloads[0].kind", "missing");
        }

        @Test
        void optionalFieldsMayBeLeftOut() {
            assertThat(ScenarioValidator.validate(TestScenarios.withProvider(0, p -> with(p, "notes", null)))).isEmpty();
        }

        @Test
        void nameMustNotBeBlank() {
            assertOnly(with(valid(), "name", ""), "name", "must not be blank");
        }

        @Test
        void horizonMustNotBeReversed() {
            assertOnly(with(valid(), "horizon", new Horizon(Q4, Q1)), "horizon.last", "2027-Q1 is before horizon.first 2027-Q4");
        }

        @Test
        void horizonMustNotMixQuartersAndMonths() {
            assertOnly(with(valid(), "horizon", new Horizon(Q1, Period.month(2027, 12))),
                    "horizon.last", "2027-12 is a month, but horizon.first 2027-Q1 is a quarter");
        }

        @Test
        void idsMustNotBeBlank() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "id", " ")), "workloads[1].id", "must not be blank");
        }

        @Test
        void idsMustBeUnique() {
            assertOnly(TestScenarios.withPool(2, p -> with(p, "id", "azure-h100")),
                    "pools[2].id", "duplicate id \"azure-h100\" (first used at pools[0])");
        }
    }

    @Nested
    class Providers {
        @Test
        void egressPricesMustNotBeNegative() {
            assertOnly(TestScenarios.withProvider(1, p -> with(p, "egressSameProviderPerGb", -0.02)),
                    "providers[1].egressSameProviderPerGb", "must not be negative, got -0.02");
            assertOnly(TestScenarios.withProvider(1, p -> with(p, "egressCrossCloudPerGb", -1.0)),
                    "providers[1].egressCrossCloudPerGb", "must not be negative, got -1");
        }
    }

    @Nested
    class Sites {
        @Test
        void providerMustBeKnown() {
            assertOnly(TestScenarios.withSite(2, s -> with(s, "provider", "amazon")),
                    "sites[2].provider", "unknown provider \"amazon\"");
        }

        @Test
        void countryAndJurisdictionMustNotBeBlank() {
            assertOnly(TestScenarios.withSite(0, s -> with(s, "country", "")), "sites[0].country", "must not be blank");
            assertOnly(TestScenarios.withSite(0, s -> with(s, "jurisdiction", " ")),
                    "sites[0].jurisdiction", "must not be blank");
        }

        @Test
        void powerCapMustBePositive() {
            assertOnly(TestScenarios.withSite(1, s -> with(s, "powerCapMw", 0.0)),
                    "sites[1].powerCapMw", "must be more than 0, got 0");
        }

        @Test
        void powerCapsPerPeriodMustLieOnTheHorizonAndBePositive() {
            assertOnly(TestScenarios.withSite(1, s -> with(s, "powerCapByPeriod", Map.of(Period.quarter(2028, 1), 60.0))),
                    "sites[1].powerCapByPeriod[2028-Q1]", "2028-Q1 is outside the horizon 2027-Q1..2027-Q4");
            assertOnly(TestScenarios.withSite(1, s -> with(s, "powerCapByPeriod", Map.of(Period.month(2027, 3), 60.0))),
                    "sites[1].powerCapByPeriod[2027-03]", "2027-03 is a month, but the horizon counts quarters");
            assertOnly(TestScenarios.withSite(1, s -> with(s, "powerCapByPeriod", Map.of(Q2, -1.0))),
                    "sites[1].powerCapByPeriod[2027-Q2]", "must be more than 0, got -1");
        }

        @Test
        void pueMustBeAtLeastOne() {
            assertOnly(TestScenarios.withSite(0, s -> with(s, "pue", 0.9)), "sites[0].pue", "must be at least 1, got 0.9");
        }

        @Test
        void carbonAndEnergyPriceMustNotBeNegative() {
            assertOnly(TestScenarios.withSite(0, s -> with(s, "carbonGPerKwh", -10.0)),
                    "sites[0].carbonGPerKwh", "must not be negative, got -10");
            assertOnly(TestScenarios.withSite(0, s -> with(s, "energyPricePerMwh", -60.0)),
                    "sites[0].energyPricePerMwh", "must not be negative, got -60");
        }

        @Test
        void geographyMustBeInTheCatalog() {
            List<ValidationProblem> problems = ScenarioValidator.validate(
                    TestScenarios.withSite(0, s -> with(s, "geography", "mars")));

            assertThat(problems).hasSize(1);
            assertThat(problems.getFirst().path()).isEqualTo("sites[0].geography");
            assertThat(problems.getFirst().message()).startsWith("unknown geography \"mars\"; known: au-east, br-south, ca-east,");
        }

        @Test
        void linkBandwidthMustBePositive() {
            assertOnly(TestScenarios.withSite(2, s -> with(s, "linkGbps", 0.0)), "sites[2].linkGbps", "must be more than 0, got 0");
        }
    }

    @Nested
    class Accelerators {
        @Test
        void vendorMustNotBeBlank() {
            assertOnly(TestScenarios.withAccelerator(0, a -> with(a, "vendor", "")), "accelerators[0].vendor", "must not be blank");
        }

        @Test
        void memoryPowerAndFactorsMustBeInRange() {
            assertOnly(TestScenarios.withAccelerator(0, a -> with(a, "memoryGb", 0.0)),
                    "accelerators[0].memoryGb", "must be more than 0, got 0");
            assertOnly(TestScenarios.withAccelerator(0, a -> with(a, "tdpW", -700.0)),
                    "accelerators[0].tdpW", "must be more than 0, got -700");
            assertOnly(TestScenarios.withAccelerator(1, a -> with(a, "trainingFactor", 0.0)),
                    "accelerators[1].trainingFactor", "must be at least 0.01, got 0");
            assertOnly(TestScenarios.withAccelerator(1, a -> with(a, "inferenceFactor", -0.5)),
                    "accelerators[1].inferenceFactor", "must be at least 0.01, got -0.5");
        }

        @Test
        void servingLatencyMustNotBeNegative() {
            assertOnly(TestScenarios.withAccelerator(1, a -> with(a, "servingLatencyMs", -1.0)),
                    "accelerators[1].servingLatencyMs", "must not be negative, got -1");
        }
    }

    @Nested
    class Pools {
        @Test
        void siteAndAcceleratorMustBeKnown() {
            assertOnly(TestScenarios.withPool(1, p -> with(p, "site", "aws-west")), "pools[1].site", "unknown site \"aws-west\"");
            assertOnly(TestScenarios.withPool(1, p -> with(p, "accelerator", "trn3")),
                    "pools[1].accelerator", "unknown accelerator \"trn3\"");
        }

        @Test
        void countMustNotBeNegative() {
            assertOnly(TestScenarios.withPool(1, p -> with(p, "count", -8)), "pools[1].count", "must not be negative, got -8");
        }

        @Test
        void windowMustLieOnTheHorizon() {
            assertOnly(TestScenarios.withPool(1, p -> with(p, "to", Period.quarter(2028, 2))),
                    "pools[1].to", "2028-Q2 is outside the horizon 2027-Q1..2027-Q4");
            assertOnly(TestScenarios.withPool(1, p -> with(p, "from", Period.quarter(2026, 4))),
                    "pools[1].from", "2026-Q4 is outside the horizon 2027-Q1..2027-Q4");
        }

        @Test
        void windowMustUseTheHorizonsPeriodLength() {
            assertOnly(TestScenarios.withPool(1, p -> with(p, "from", Period.month(2027, 2))),
                    "pools[1].from", "2027-02 is a month, but the horizon counts quarters");
        }

        @Test
        void windowMustNotBeReversed() {
            assertOnly(TestScenarios.withPool(1, p -> with(with(p, "from", Q3), "to", Q2)),
                    "pools[1].to", "2027-Q2 is before from 2027-Q3");
        }

        @Test
        void rampStepsMustLieInThePoolsWindow() {
            assertOnly(TestScenarios.withPool(2, p -> with(p, "countByPeriod", Map.of(Q1, 512))),
                    "pools[2].countByPeriod[2027-Q1]", "2027-Q1 is outside the pool's window 2027-Q2..2027-Q4");
        }

        @Test
        void rampCountsMustNotBeNegative() {
            assertOnly(TestScenarios.withPool(0, p -> with(p, "countByPeriod", Map.of(Q3, -1))),
                    "pools[0].countByPeriod[2027-Q3]", "must not be negative, got -1");
        }

        @Test
        void onDemandPoolsNeedAPrice() {
            assertOnly(TestScenarios.withPool(1, p -> with(p, "pricePerAccelHour", 0.0)),
                    "pools[1].pricePerAccelHour", "an on-demand pool needs a price above 0, got 0");
        }

        @Test
        void sunkPoolsMayBeFreeButNotNegative() {
            assertThat(ScenarioValidator.validate(TestScenarios.withPool(0, p -> with(p, "pricePerAccelHour", 0.0)))).isEmpty();
            assertOnly(TestScenarios.withPool(0, p -> with(with(p, "pricing", PricingKind.SELF_BUILT), "pricePerAccelHour", -1.0)),
                    "pools[0].pricePerAccelHour", "must not be negative, got -1");
        }
    }

    @Nested
    class Datasets {
        @Test
        void sizeMustBePositive() {
            assertOnly(TestScenarios.withDataset(0, d -> with(d, "sizeTb", 0.0)), "datasets[0].sizeTb", "must be more than 0, got 0");
        }

        @Test
        void homeSiteMustBeKnown() {
            assertOnly(TestScenarios.withDataset(0, d -> with(d, "homeSite", "azure-westus")),
                    "datasets[0].homeSite", "unknown site \"azure-westus\"");
        }

        @Test
        void homeSiteMustBeWhereTheDataMayStay() {
            assertOnly(TestScenarios.withDataset(1, d -> with(d, "homeSite", "azure-eastus")),
                    "datasets[1].allowedJurisdictions", "the home site azure-eastus is in US, which the list does not allow");
        }

        @Test
        void jurisdictionsMustNotBeBlank() {
            assertOnly(TestScenarios.withDataset(1, d -> with(d, "allowedJurisdictions", Set.of("EU", " "))),
                    "datasets[1].allowedJurisdictions", "contains a blank jurisdiction");
        }

        @Test
        void jurisdictionsNoSiteHasAreAllowed() {
            assertThat(ScenarioValidator.validate(TestScenarios.withDataset(1,
                    d -> with(d, "allowedJurisdictions", Set.of("EU", "CH", "NO"))))).isEmpty();
        }
    }

    @Nested
    class Workloads {
        @Test
        void trainingIsNeverSplit() {
            // Issue #21's case: training, splittable, 2 shards of a demand two pools of 600 could share.
            assertOnly(TestScenarios.withWorkload(0, w -> with(with(with(w, "splittable", true), "maxShards", 2),
                            "demand", 1200.0)), "workloads[0].splittable",
                    "a training run is gang-scheduled on one pool and cannot be split; set splittable to false"
                            + " (fine-tunes, RL, batch and inference may be split)");
        }

        @Test
        void aSplittableFineTuneIsAccepted() {
            assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(0, w -> with(with(with(w, "kind",
                    WorkloadKind.FINE_TUNE), "splittable", true), "maxShards", 2)))).isEmpty();
        }

        @Test
        void demandMustBePositive() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "demand", 0.0)), "workloads[0].demand", "must be more than 0, got 0");
        }

        @Test
        void priorityMustBeAtLeastOne() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "priority", 0)), "workloads[0].priority", "must be at least 1, got 0");
        }

        @Test
        void windowMustLieOnTheHorizon() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "to", Period.quarter(2028, 1))),
                    "workloads[0].to", "2028-Q1 is outside the horizon 2027-Q1..2027-Q4");
        }

        @Test
        void windowMustUseTheHorizonsPeriodLength() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "to", Period.month(2027, 6))),
                    "workloads[0].to", "2027-06 is a month, but the horizon counts quarters");
        }

        @Test
        void windowMustNotBeReversed() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(with(w, "from", Q4), "to", Q2)),
                    "workloads[0].to", "2027-Q2 is before from 2027-Q4");
        }

        @Test
        void minimumMemoryMustNotBeNegative() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "minMemoryGb", -1.0)),
                    "workloads[0].minMemoryGb", "must not be negative, got -1");
        }

        @Test
        void datasetsMustBeKnown() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "datasets", List.of("eu-logs", "eu-chats"))),
                    "workloads[1].datasets[1]", "unknown dataset \"eu-chats\"");
        }

        @Test
        void datasetsMustBeListedOnce() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "datasets", List.of("eu-logs", "eu-logs"))),
                    "workloads[1].datasets[1]", "dataset \"eu-logs\" is listed twice");
        }

        @Test
        void someAcceleratorMustRunOneOfItsFamiliesUnlessPortingIsAllowed() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "families", Set.of(SoftwareFamily.XLA, SoftwareFamily.ROCM))),
                    "workloads[1].families", "no accelerator type in this scenario runs ROCm or XLA, and porting is not allowed (no portingCostUsd)");
            assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(0,
                    w -> with(w, "families", Set.of(SoftwareFamily.XLA))))).isEmpty();
        }

        @Test
        void aSplittableWorkloadNeedsAtLeastOneShard() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "maxShards", 0)),
                    "workloads[1].maxShards", "a splittable workload needs at least 1 shard, got 0");
        }

        @Test
        void everyShardMustCarryAtLeastOneReferenceAccelerator() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(with(w, "demand", 3.0), "maxShards", 4)),
                    "workloads[1].maxShards", "4 shards would leave some with less than 1 reference accelerator (demand 3)");
        }

        @Test
        void onlySplittableWorkloadsHaveSeveralShards() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "maxShards", 2)),
                    "workloads[0].maxShards", "only a splittable workload may have more than 1 shard, got 2");
        }

        @Test
        void aLatencyTargetNeedsAUserGeography() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "userGeography", null)),
                    "workloads[1].userGeography", "a latency target needs a user geography");
        }

        @Test
        void aLatencyTargetMustBePositive() {
            assertOnly(TestScenarios.withWorkload(1, w -> with(w, "latencyTargetMs", 0.0)),
                    "workloads[1].latencyTargetMs", "must be more than 0, got 0");
        }

        @Test
        void userGeographyMustBeInTheCatalog() {
            List<ValidationProblem> problems = ScenarioValidator.validate(
                    TestScenarios.withWorkload(1, w -> with(w, "userGeography", "atlantis")));

            assertThat(problems).extracting(ValidationProblem::path).containsExactly("workloads[1].userGeography");
            assertThat(problems.getFirst().message()).startsWith("unknown geography \"atlantis\"; known: ");
        }

        @Test
        void stagingLeadTimeAndPortingCostMustNotBeNegative() {
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "stagingLeadTimeDays", -2.0)),
                    "workloads[0].stagingLeadTimeDays", "must not be negative, got -2");
            assertOnly(TestScenarios.withWorkload(0, w -> with(w, "portingCostUsd", -1.0)),
                    "workloads[0].portingCostUsd", "must not be negative, got -1");
        }
    }

    @Nested
    class PoliciesAndWeights {
        @Test
        void primaryProviderMustBeKnown() {
            assertOnly(TestScenarios.withPolicies(p -> with(p, "primaryProvider", "microsoft")),
                    "policies.primaryProvider", "unknown provider \"microsoft\"");
        }

        @Test
        void firstRefusalNeedsAPrimaryProvider() {
            assertOnly(TestScenarios.withPolicies(p -> with(p, "primaryProvider", null)),
                    "policies.primaryProvider", "first refusal is strict, which needs a primary provider");
            assertThat(ScenarioValidator.validate(TestScenarios.withPolicies(p ->
                    with(with(p, "primaryProvider", null), "firstRefusal", FirstRefusalMode.OFF)))).isEmpty();
        }

        @Test
        void providerShareMustBeAPercentage() {
            assertOnly(TestScenarios.withPolicies(p -> with(p, "maxProviderSharePct", 120.0)),
                    "policies.maxProviderSharePct", "must be at most 100 %, got 120");
            assertOnly(TestScenarios.withPolicies(p -> with(p, "maxProviderSharePct", -1.0)),
                    "policies.maxProviderSharePct", "must not be negative, got -1");
        }

        @Test
        void pricesAndOverheadMustNotBeNegative() {
            assertOnly(TestScenarios.withPolicies(p -> with(p, "firstRefusalPremium", -0.5)),
                    "policies.firstRefusalPremium", "must not be negative, got -0.5");
            assertOnly(TestScenarios.withPolicies(p -> with(p, "carbonPricePerTonne", -80.0)),
                    "policies.carbonPricePerTonne", "must not be negative, got -80");
            assertOnly(TestScenarios.withPolicies(p -> with(p, "hostOverheadFraction", -0.1)),
                    "policies.hostOverheadFraction", "must not be negative, got -0.1 (-10 %)");
        }

        @Test
        void weightsMustNotBeNegative() {
            assertOnly(with(valid(), "weights", new ConstraintWeights(1, 1, -1, 1, 1)),
                    "weights.cost", "must not be negative, got -1");
        }
    }
}
