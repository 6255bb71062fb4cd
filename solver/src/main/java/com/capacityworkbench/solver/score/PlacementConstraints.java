package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.ScoreUnits;

/**
 * Every placement rule of the design, one method each, hard rules first. Soft rules carry the default
 * weight of their level; the scenario's weights override them (see {@link PlacementWeights}).
 */
public final class PlacementConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            poolCapacity(factory),
            sitePower(factory),
            residency(factory),
            sovereignCloud(factory),
            softwareFamily(factory),
            acceleratorMemory(factory),
            poolAvailability(factory),
            dataStagingTime(factory),
            excludedPool(factory),
            offerTerm(factory),
            purchaseBudget(factory),
            spendCap(factory),
            unplacedDemand(factory),
            firstRefusalStrict(factory),
            firstRefusalPremium(factory),
            computeCost(factory),
            egressCost(factory),
            energyCost(factory),
            portingCost(factory),
            carbonCost(factory),
            unusedCommitment(factory),
            buildOutCapex(factory),
            minimumSpendShortfall(factory),
            latencyAboveTarget(factory),
            providerShareAboveMaximum(factory)
        };
    }

    // ---- hard

    /** Accelerators over a pool's count, summed over the periods where it is over. */
    Constraint poolCapacity(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .groupBy(Shard::getPool, SlotLoad.overflow(Shard::getPool, shard -> shard.option().accelerators(),
                        new SlotLoad.Limit<PlacementPool>() {
                            @Override
                            public int slots(PlacementPool pool) {
                                return pool.slotCount();
                            }

                            @Override
                            public long overflow(PlacementPool pool, int slot, long used) {
                                return Math.max(0, used - pool.countIn(slot));
                            }
                        }))
                .filter((pool, over) -> over > 0)
                .penalize(ScoreLevels.oneHard(), (pool, over) -> over)
                .asConstraint(ConstraintIds.POOL_CAPACITY);
    }

    /** kW over a site's power cap, summed over the periods where it is over. */
    Constraint sitePower(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .groupBy(shard -> shard.getPool().getSite(), SlotLoad.overflow(shard -> shard.getPool().getSite(),
                        shard -> shard.option().watts(), new SlotLoad.Limit<PlacementSite>() {
                            @Override
                            public int slots(PlacementSite site) {
                                return site.slotCount();
                            }

                            @Override
                            public long overflow(PlacementSite site, int slot, long watts) {
                                return ScoreUnits.overKw(watts, site.capWatts(slot));
                            }
                        }))
                .filter((site, over) -> over > 0)
                .penalize(ScoreLevels.oneHard(), (site, over) -> over)
                .asConstraint(ConstraintIds.SITE_POWER);
    }

    Constraint residency(ConstraintFactory factory) {
        return breaking(factory, HardRule.RESIDENCY, ConstraintIds.RESIDENCY);
    }

    Constraint sovereignCloud(ConstraintFactory factory) {
        return breaking(factory, HardRule.SOVEREIGN_CLOUD, ConstraintIds.SOVEREIGN_CLOUD);
    }

    Constraint softwareFamily(ConstraintFactory factory) {
        return breaking(factory, HardRule.SOFTWARE_FAMILY, ConstraintIds.SOFTWARE_FAMILY);
    }

    Constraint acceleratorMemory(ConstraintFactory factory) {
        return breaking(factory, HardRule.MEMORY, ConstraintIds.MEMORY);
    }

    Constraint poolAvailability(ConstraintFactory factory) {
        return breaking(factory, HardRule.AVAILABILITY, ConstraintIds.AVAILABILITY);
    }

    Constraint dataStagingTime(ConstraintFactory factory) {
        return breaking(factory, HardRule.DATA_STAGING, ConstraintIds.DATA_STAGING);
    }

    /** Only a shard pinned to a pool the planner excluded afterwards can break it: the solver never goes there. */
    Constraint excludedPool(ConstraintFactory factory) {
        return breaking(factory, HardRule.EXCLUDED, ConstraintIds.EXCLUDED_POOL);
    }

    /**
     * One purchase from an offer covers its term from the first period used: periods used beyond it, per pool.
     * (A later need is a later purchase: an offer with a longer window is another offer.)
     */
    Constraint offerTerm(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.getPool().getOffer() != null)
                .groupBy(Shard::getPool, OfferUse.collector())
                .filter((pool, use) -> use.periodsBeyondTerm(pool.getOffer()) > 0)
                .penalize(ScoreLevels.oneHard(), (pool, use) -> use.periodsBeyondTerm(pool.getOffer()))
                .asConstraint(ConstraintIds.OFFER_TERM);
    }

    /**
     * What the plan commits to buying (every offer's blocks for their term and upfront payment, every build-out
     * step's capex) above the budget given, in thousands of dollars: the limit a budget curve's plans are solved at.
     */
    Constraint purchaseBudget(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.getPool().isBought())
                .groupBy(Shard::getPool, OfferUse.collector())
                .map(Commitment::of)
                .distinct()
                .groupBy(ConstraintCollectors.sum(Commitment::usd))
                .join(PlacementPolicy.class)
                .filter((usd, policy) -> usd > policy.purchaseBudgetUsd())
                .penalize(ScoreLevels.oneHard(), (usd, policy) -> Math.ceilDiv(usd - policy.purchaseBudgetUsd(), 1_000L))
                .asConstraint(ConstraintIds.PURCHASE_BUDGET);
    }

    /** Payments to a provider above the cap of its spend term, in thousands of dollars. */
    Constraint spendCap(ConstraintFactory factory) {
        return spend(factory)
                .filter(spend -> spend.overCapThousands() > 0)
                .penalize(ScoreLevels.oneHard(), ProviderSpend::overCapThousands)
                .asConstraint(ConstraintIds.SPEND_CAP);
    }

    /** The plan's payments to every provider with a spend term, whatever is placed (nothing placed pays its minimums). */
    private static UniConstraintStream<ProviderSpend> spend(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Shard.class)
                .filter(shard -> !shard.getPolicy().spendLimits().isEmpty())
                .groupBy(ProviderSpend.collector());
    }

    /** A rule a shard breaks on its pool by itself: one hard point per shard. */
    private static Constraint breaking(ConstraintFactory factory, HardRule rule, String id) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.option().breaks(rule))
                .penalize(ScoreLevels.oneHard())
                .asConstraint(id);
    }

    // ---- soft, in the design's order

    Constraint unplacedDemand(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Shard.class)
                .filter(shard -> !shard.isPlaced())
                .penalize(ScoreLevels.soft(ScoreLevels.UNPLACED, ScoreLevels.WEIGHT_SCALE), Shard::getUnplacedWeight)
                .asConstraint(ConstraintIds.UNPLACED_DEMAND);
    }

    Constraint firstRefusalStrict(ConstraintFactory factory) {
        return offPrimary(factory, FirstRefusalMode.STRICT)
                .penalize(ScoreLevels.soft(ScoreLevels.FIRST_REFUSAL, ScoreLevels.WEIGHT_SCALE), Shard::getFirstRefusalWeight)
                .asConstraint(ConstraintIds.FIRST_REFUSAL_STRICT);
    }

    Constraint firstRefusalPremium(ConstraintFactory factory) {
        return offPrimary(factory, FirstRefusalMode.PREFERENCE)
                .filter(shard -> shard.option().premiumUsd() > 0)
                .penalize(cost(), shard -> shard.option().premiumUsd())
                .asConstraint(ConstraintIds.FIRST_REFUSAL_PREMIUM);
    }

    private static UniConstraintStream<Shard> offPrimary(ConstraintFactory factory, FirstRefusalMode mode) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.getPolicy().firstRefusal() == mode && shard.option().offPrimary());
    }

    Constraint computeCost(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.option().computeUsd() > 0)
                .penalize(cost(), shard -> shard.option().computeUsd())
                .asConstraint(ConstraintIds.COMPUTE_COST);
    }

    /** Each dataset is paid for once per destination site, however many shards read it there. */
    Constraint egressCost(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> !shard.option().paidEgress().isEmpty())
                .groupBy(PaidOnce.total(shard -> shard.option().paidEgress()))
                .filter(dollars -> dollars > 0)
                .penalize(cost(), dollars -> dollars)
                .asConstraint(ConstraintIds.EGRESS_COST);
    }

    Constraint energyCost(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.option().energyUsd() > 0)
                .penalize(cost(), shard -> shard.option().energyUsd())
                .asConstraint(ConstraintIds.ENERGY_COST);
    }

    /** Porting a workload to a family is paid once, however many of its shards run there. */
    Constraint portingCost(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> !shard.option().paidPorting().isEmpty())
                .groupBy(PaidOnce.total(shard -> shard.option().paidPorting()))
                .filter(dollars -> dollars > 0)
                .penalize(cost(), dollars -> dollars)
                .asConstraint(ConstraintIds.PORTING_COST);
    }

    Constraint carbonCost(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.option().carbonUsd() > 0)
                .penalize(cost(), shard -> shard.option().carbonUsd())
                .asConstraint(ConstraintIds.CARBON_COST);
    }

    /**
     * Capacity bought from an offer is paid in whole blocks for the whole term, used or not: what the shards' own
     * hours (in {@link #computeCost}, at the committed price) leave unpaid, and the upfront payment.
     */
    Constraint unusedCommitment(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.getPool().getOffer() != null)
                .groupBy(Shard::getPool, OfferUse.collector())
                .filter((pool, use) -> use.unusedUsd(pool.getOffer()) > 0)
                .penalize(cost(), (pool, use) -> use.unusedUsd(pool.getOffer()))
                .asConstraint(ConstraintIds.UNUSED_COMMITMENT);
    }

    /** A take-or-pay minimum not reached: the shortfall is paid for nothing. */
    Constraint minimumSpendShortfall(ConstraintFactory factory) {
        return spend(factory)
                .filter(spend -> spend.shortfallUsd() > 0)
                .penalize(cost(), ProviderSpend::shortfallUsd)
                .asConstraint(ConstraintIds.MINIMUM_SPEND);
    }

    /** A build-out step is paid in full once anything runs on a pool it houses. */
    Constraint buildOutCapex(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.getPool().getBuildOut() != null)
                .groupBy(shard -> shard.getPool().getBuildOut(), ConstraintCollectors.count())
                .filter((buildOut, shards) -> buildOut.capexUsd() > 0)
                .penalize(cost(), (buildOut, shards) -> buildOut.capexUsd())
                .asConstraint(ConstraintIds.BUILD_OUT_CAPEX);
    }

    Constraint latencyAboveTarget(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .filter(shard -> shard.option().latencyOverMs() > 0)
                .penalize(ScoreLevels.soft(ScoreLevels.LATENCY, ScoreLevels.WEIGHT_SCALE), shard -> shard.option().latencyOverMs())
                .asConstraint(ConstraintIds.LATENCY);
    }

    Constraint providerShareAboveMaximum(ConstraintFactory factory) {
        return factory.forEach(Shard.class)
                .groupBy(ProviderHours.collector())
                .join(PlacementPolicy.class)
                .filter((hours, policy) -> hours.excessOver(policy.maxProviderSharePct()) > 0)
                .penalize(ScoreLevels.soft(ScoreLevels.PROVIDER_SHARE, ScoreLevels.WEIGHT_SCALE),
                        (hours, policy) -> hours.excessOver(policy.maxProviderSharePct()))
                .asConstraint(ConstraintIds.PROVIDER_SHARE);
    }

    private static ai.timefold.solver.core.api.score.BendableScore cost() {
        return ScoreLevels.soft(ScoreLevels.COST, ScoreLevels.WEIGHT_SCALE);
    }
}
