package com.capacityworkbench.solver.score;

import static com.capacityworkbench.solver.score.ShardFacts.Q1;
import static com.capacityworkbench.solver.score.ShardFacts.Q2;
import static com.capacityworkbench.solver.score.ShardFacts.buildOutPool;
import static com.capacityworkbench.solver.score.ShardFacts.offerPool;
import static com.capacityworkbench.solver.score.ShardFacts.option;
import static com.capacityworkbench.solver.score.ShardFacts.placed;
import static com.capacityworkbench.solver.score.ShardFacts.policy;
import static com.capacityworkbench.solver.score.ShardFacts.pool;
import static com.capacityworkbench.solver.score.ShardFacts.site;
import static com.capacityworkbench.solver.score.ShardFacts.unplaced;
import static com.capacityworkbench.solver.score.ShardFacts.uncappedSite;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.PortingCharge;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each placement rule penalises what it should and nothing else. */
class PlacementConstraintsTest {

    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier =
            ConstraintVerifier.build(new PlacementConstraints(), PlacementSolution.class, Shard.class);

    private final PlacementSite east = uncappedSite("east");
    private final PlacementPool poolA = pool("a", 0, east, "azure", 100, 100);
    private final PlacementPool poolB = pool("b", 1, east, "aws", 100, 40);

    @Nested
    class PoolCapacity {
        @Test
        void penalisesAcceleratorsAbovePoolCountPerPeriod() {
            Shard first = placed("w1", poolA, option().accelerators(60), Q1, Q2);
            Shard second = placed("w2", poolA, option().accelerators(70), Q2);
            // Q1: 60 of 100; Q2: 130 of 100 → 30 over.
            verifier.verifyThat(PlacementConstraints::poolCapacity).given(first, second).penalizesBy(30);
        }

        @Test
        void usesTheCountOfEachPeriodAndIgnoresOtherPools() {
            Shard onA = placed("w1", poolA, option().accelerators(90), Q1, Q2);
            Shard onB = placed("w2", poolB, option().accelerators(50), Q1, Q2);
            // pool b: 50 of 100 in Q1, 50 of 40 in Q2 → 10 over; pool a within its count.
            verifier.verifyThat(PlacementConstraints::poolCapacity).given(onA, onB, unplaced("w3", 5)).penalizesBy(10);
        }
    }

    @Nested
    class SitePower {
        @Test
        void penalisesKilowattsAboveTheCapOfTheSiteSummedOverItsPools() {
            PlacementSite capped = site("abilene", 1_000_000, 2_000_000);
            PlacementPool p1 = pool("p1", 0, capped, "self", 100, 100);
            PlacementPool p2 = pool("p2", 1, capped, "self", 100, 100);
            Shard a = placed("w1", p1, option().watts(600_000), Q1, Q2);
            Shard b = placed("w2", p2, option().watts(600_500), Q1, Q2);
            // Q1: 1,200,500 W against 1,000,000 → 200.5 kW over, counted 201; Q2 within 2 MW.
            verifier.verifyThat(PlacementConstraints::sitePower).given(a, b).penalizesBy(201);
        }

        @Test
        void uncappedSitesAreNeverPenalised() {
            Shard a = placed("w1", poolA, option().watts(900_000_000), Q1);
            verifier.verifyThat(PlacementConstraints::sitePower).given(a).hasNoImpact();
        }
    }

    @Nested
    class RulesAShardBreaksOnItsOwn {
        @Test
        void residency() {
            assertOnlyItsRule(PlacementConstraints::residency, HardRule.RESIDENCY);
        }

        @Test
        void sovereignCloud() {
            assertOnlyItsRule(PlacementConstraints::sovereignCloud, HardRule.SOVEREIGN_CLOUD);
        }

        @Test
        void softwareFamily() {
            assertOnlyItsRule(PlacementConstraints::softwareFamily, HardRule.SOFTWARE_FAMILY);
        }

        @Test
        void acceleratorMemory() {
            assertOnlyItsRule(PlacementConstraints::acceleratorMemory, HardRule.MEMORY);
        }

        @Test
        void poolAvailability() {
            assertOnlyItsRule(PlacementConstraints::poolAvailability, HardRule.AVAILABILITY);
        }

        @Test
        void dataStagingTime() {
            assertOnlyItsRule(PlacementConstraints::dataStagingTime, HardRule.DATA_STAGING);
        }

        @Test
        void excludedPool() {
            assertOnlyItsRule(PlacementConstraints::excludedPool, HardRule.EXCLUDED);
        }

        /** Two shards break the rule, one breaks every other rule, one breaks none: only the two count. */
        private void assertOnlyItsRule(BiFunction<PlacementConstraints, ConstraintFactory, Constraint> constraint, HardRule rule) {
            Shard breaking1 = placed("w1", poolA, option().breaking(rule), Q1);
            Shard breaking2 = placed("w2", poolB, option().breaking(rule), Q1, Q2);
            ShardFacts.Option others = option();
            for (HardRule r : HardRule.values()) {
                if (r != rule) {
                    others.breaking(r);
                }
            }
            Shard breakingOthers = placed("w3", poolA, others, Q1);
            Shard clean = placed("w4", poolB, option(), Q1);
            verifier.verifyThat(constraint).given(breaking1, breaking2, breakingOthers, clean, unplaced("w5", 9))
                    .penalizesBy(2);
        }
    }

    @Nested
    class UnplacedDemand {
        @Test
        void penalisesEachUnplacedShardByDemandTimesPriority() {
            verifier.verifyThat(PlacementConstraints::unplacedDemand)
                    .given(unplaced("w1", 500), unplaced("w2", 30), placed("w3", poolA, option(), Q1))
                    .penalizesBy(530);
        }
    }

    @Nested
    class FirstRefusal {
        private final PlacementPolicy strict = policy(FirstRefusalMode.STRICT, 100);
        private final PlacementPolicy preference = policy(FirstRefusalMode.PREFERENCE, 100);

        @Test
        void strictModePenalisesReferenceHoursOffThePrimaryOnItsOwnLevel() {
            Shard off = placed("w1", 0, poolB, option().offPrimary(4000, 700), strict, Q1);
            Shard on = placed("w2", 0, poolA, option(), strict, Q1);
            Shard offButPreference = placed("w3", 0, poolB, option().offPrimary(9000, 900), preference, Q1);
            verifier.verifyThat(PlacementConstraints::firstRefusalStrict).given(off, on, offButPreference).penalizesBy(4000);
        }

        @Test
        void preferenceModePenalisesThePremiumInDollars() {
            Shard off = placed("w1", 0, poolB, option().offPrimary(4000, 700), preference, Q1);
            Shard offButStrict = placed("w2", 0, poolB, option().offPrimary(4000, 900), strict, Q1);
            Shard on = placed("w3", 0, poolA, option(), preference, Q1);
            verifier.verifyThat(PlacementConstraints::firstRefusalPremium).given(off, offButStrict, on).penalizesBy(700);
        }

        @Test
        void offModePenalisesNothing() {
            PlacementPolicy off = policy(FirstRefusalMode.OFF, 100);
            Shard shard = placed("w1", 0, poolB, option().offPrimary(4000, 700), off, Q1);
            verifier.verifyThat(PlacementConstraints::firstRefusalStrict).given(shard).hasNoImpact();
            verifier.verifyThat(PlacementConstraints::firstRefusalPremium).given(shard).hasNoImpact();
        }
    }

    @Nested
    class Cost {
        @Test
        void computeCostSumsOnDemandDollars() {
            verifier.verifyThat(PlacementConstraints::computeCost)
                    .given(placed("w1", poolA, option().compute(1200).energy(50).carbon(7), Q1),
                            placed("w2", poolB, option().compute(800), Q1), unplaced("w3", 100))
                    .penalizesBy(2000);
        }

        @Test
        void energyCostSumsSelfBuiltEnergyDollars() {
            verifier.verifyThat(PlacementConstraints::energyCost)
                    .given(placed("w1", poolA, option().compute(1200).energy(50).carbon(7), Q1))
                    .penalizesBy(50);
        }

        @Test
        void carbonCostSumsCarbonDollars() {
            verifier.verifyThat(PlacementConstraints::carbonCost)
                    .given(placed("w1", poolA, option().compute(1200).energy(50).carbon(7), Q1),
                            placed("w2", poolB, option().carbon(3), Q1))
                    .penalizesBy(10);
        }

        @Test
        void egressIsPaidOncePerDatasetAndDestinationSite() {
            EgressCharge logsToEast = new EgressCharge("logs", "east", "azure", "cross-cloud", 900);
            EgressCharge webToEast = new EgressCharge("web", "east", "azure", "cross-cloud", 100);
            EgressCharge logsToWest = new EgressCharge("logs", "west", "azure", "same provider", 20);
            verifier.verifyThat(PlacementConstraints::egressCost)
                    .given(placed("w1", poolA, option().egress(logsToEast, webToEast), Q1),
                            placed("w2", poolB, option().egress(new EgressCharge("logs", "east", "azure", "cross-cloud", 900)), Q1),
                            placed("w3", poolA, option().egress(logsToWest), Q1))
                    .penalizesBy(1020);
        }

        @Test
        void portingIsPaidOncePerWorkloadAndFamily() {
            PortingCharge rocm = new PortingCharge("w1", SoftwareFamily.ROCM, 5000);
            verifier.verifyThat(PlacementConstraints::portingCost)
                    .given(placed("w1", 0, poolA, option().porting(rocm), policy(FirstRefusalMode.OFF, 100), Q1),
                            placed("w1", 1, poolB, option().porting(new PortingCharge("w1", SoftwareFamily.ROCM, 5000)),
                                    policy(FirstRefusalMode.OFF, 100), Q1),
                            placed("w2", poolB, option().porting(new PortingCharge("w2", SoftwareFamily.ROCM, 300)), Q1),
                            placed("w3", poolA, option(), Q1))
                    .penalizesBy(5300);
        }
    }

    @Nested
    class Latency {
        @Test
        void penalisesMillisecondsAboveTarget() {
            verifier.verifyThat(PlacementConstraints::latencyAboveTarget)
                    .given(placed("w1", poolA, option().latencyOver(35), Q1), placed("w2", poolB, option(), Q1),
                            unplaced("w3", 10))
                    .penalizesBy(35);
        }
    }

    @Nested
    class ProviderShare {
        @Test
        void penalisesHoursAboveTheMaximumShare() {
            PlacementPolicy half = policy(FirstRefusalMode.OFF, 50);
            Shard a1 = placed("w1", 0, poolA, option().acceleratorHours(200), half, Q1);
            Shard a2 = placed("w2", 0, poolA, option().acceleratorHours(100), half, Q1);
            Shard b = placed("w3", 0, poolB, option().acceleratorHours(100), half, Q1);
            // azure 300 of 400 h, allowed 200 → 100 over; aws 100 is within.
            verifier.verifyThat(PlacementConstraints::providerShareAboveMaximum).given(a1, a2, b, half).penalizesBy(100);
        }

        @Test
        void noMaximumMeansNoPenalty() {
            PlacementPolicy none = policy(FirstRefusalMode.OFF, 100);
            Shard a = placed("w1", 0, poolA, option().acceleratorHours(200), none, Q1);
            verifier.verifyThat(PlacementConstraints::providerShareAboveMaximum).given(a, none).hasNoImpact();
        }
    }

    @Nested
    class Purchases {
        /** Blocks of 64 for $1,000 each over the term, at least two once any is taken, $500 upfront, one period. */
        private final OfferTerms oneQuarter = new OfferTerms("o1", 64, 2, 10, 1_000, 500, 1);
        private final OfferTerms twoQuarters = new OfferTerms("o2", 64, 1, 10, 1_000, 0, 2);

        @Test
        void anOfferIsPaidInWholeBlocksAtLeastTheMinimumLessWhatItsShardsHoursPay() {
            PlacementPool bought = offerPool("o1", 2, east, 640, oneQuarter);
            Shard a = placed("w1", bought, option().accelerators(100).compute(600), Q1);
            // Peak 100 → two blocks (the minimum, and ceil(100 / 64)): 2 × 1,000 + 500 upfront − 600 used.
            verifier.verifyThat(PlacementConstraints::unusedCommitment).given(a).penalizesBy(1_900);
        }

        @Test
        void theBusiestPeriodSetsTheBlocks() {
            PlacementPool bought = offerPool("o2", 2, east, 640, twoQuarters);
            Shard a = placed("w1", bought, option().accelerators(80).compute(300), Q1);
            Shard b = placed("w2", bought, option().accelerators(60).compute(400), Q1, Q2);
            // Q1 140, Q2 60 → ceil(140 / 64) = 3 blocks: 3,000 − 700 used.
            verifier.verifyThat(PlacementConstraints::unusedCommitment).given(a, b).penalizesBy(2_300);
        }

        @Test
        void nothingBoughtNothingPaidAndOwnedPoolsAreNotPurchases() {
            PlacementPool bought = offerPool("o1", 2, east, 640, oneQuarter);
            Shard owned = placed("w1", poolA, option().accelerators(100).compute(600), Q1);
            verifier.verifyThat(PlacementConstraints::unusedCommitment).given(owned, unplaced("w2", 5)).hasNoImpact();
            verifier.verifyThat(PlacementConstraints::offerTerm).given(owned).hasNoImpact();
            assertThat(bought.getOffer()).isEqualTo(oneQuarter);
        }

        @Test
        void hoursThatPayMoreThanTheBlocksLeaveNothingUnused() {
            PlacementPool bought = offerPool("o2", 2, east, 640, twoQuarters);
            Shard a = placed("w1", bought, option().accelerators(64).compute(1_200), Q1, Q2);
            verifier.verifyThat(PlacementConstraints::unusedCommitment).given(a).hasNoImpact();
        }

        @Test
        void usingAnOfferBeyondOnePurchasesTermBreaksTheTermRule() {
            PlacementPool bought = offerPool("o1", 2, east, 640, oneQuarter);
            Shard a = placed("w1", bought, option().accelerators(10), Q1);
            Shard b = placed("w2", bought, option().accelerators(10), Q2);
            // First used in Q1, a one-period term: Q2 is one period beyond it.
            verifier.verifyThat(PlacementConstraints::offerTerm).given(a, b).penalizesBy(1);
            verifier.verifyThat(PlacementConstraints::offerTerm).given(a).hasNoImpact();
        }

        @Test
        void aTermLongEnoughForTheUseHasNoImpact() {
            PlacementPool bought = offerPool("o2", 2, east, 640, twoQuarters);
            Shard a = placed("w1", bought, option().accelerators(10), Q1, Q2);
            verifier.verifyThat(PlacementConstraints::offerTerm).given(a).hasNoImpact();
        }

        @Test
        void commitmentsAboveThePurchaseBudgetBreakItInThousandsOfDollarsCountingAStepOnce() {
            BuildOutTerms step = new BuildOutTerms("b1", 7_000);
            PlacementPool bought = offerPool("o1", 2, east, 640, oneQuarter);
            PlacementPool gb200 = buildOutPool("b1-gb200", 3, east, 100, step);
            PlacementPool mi355x = buildOutPool("b1-mi355x", 1, east, 100, step);
            Shard a = placed("w1", bought, option().accelerators(100).compute(600), Q1);
            Shard b = placed("w2", gb200, option().accelerators(10), Q1);
            Shard c = placed("w3", mi355x, option().accelerators(10), Q2);
            // Two blocks and the upfront payment (2,500) and the step once (7,000): 9,500 against 5,000 → 4.5 → 5.
            verifier.verifyThat(PlacementConstraints::purchaseBudget)
                    .given(a, b, c, new PlacementPolicy(FirstRefusalMode.OFF, 100, 5_000)).penalizesBy(5);
            verifier.verifyThat(PlacementConstraints::purchaseBudget)
                    .given(a, b, c, new PlacementPolicy(FirstRefusalMode.OFF, 100, 9_500)).hasNoImpact();
            verifier.verifyThat(PlacementConstraints::purchaseBudget)
                    .given(a, b, c, new PlacementPolicy(FirstRefusalMode.OFF, 100)).hasNoImpact();
        }

        @Test
        void aBuildOutIsPaidOnceWhenAnyPoolItHousesIsUsed() {
            BuildOutTerms step = new BuildOutTerms("b1", 7_000);
            BuildOutTerms other = new BuildOutTerms("b2", 9_000);
            PlacementPool gb200 = buildOutPool("b1-gb200", 2, east, 100, step);
            PlacementPool mi355x = buildOutPool("b1-mi355x", 3, east, 100, step);
            PlacementPool unused = buildOutPool("b2-gb200", 1, east, 100, other);
            Shard a = placed("w1", gb200, option().accelerators(10), Q1);
            Shard b = placed("w2", mi355x, option().accelerators(10), Q2);
            verifier.verifyThat(PlacementConstraints::buildOutCapex).given(a, b).penalizesBy(7_000);
            verifier.verifyThat(PlacementConstraints::buildOutCapex).given(unplaced("w3", 1)).hasNoImpact();
            assertThat(unused.getBuildOut()).isEqualTo(other);
        }
    }
}
