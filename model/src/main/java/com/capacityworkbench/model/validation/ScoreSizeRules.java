package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScoreBounds.Bound;
import com.capacityworkbench.model.validation.ScoreBounds.Sum;

/**
 * The score can count every plan of the scenario. The solver keeps each level of the score in 64-bit whole
 * units (a dollar is 100 units at weight 1); every figure in its range is not enough, as the sums grow with
 * the number of workloads, their windows and the weights. So each sum of the worst plan ({@link ScoreBounds})
 * must stay within {@link ScoreBounds#LIMIT}. A problem is put where the planner can act: at the level's weight
 * when the scenario fits at a weight of 1, otherwise at the workload (or dataset) that brings the most.
 */
final class ScoreSizeRules {

    private ScoreSizeRules() {
    }

    static void check(Scenario scenario, Problems problems) {
        ScoreBounds bounds = ScoreBounds.of(scenario);
        ConstraintWeights weights = scenario.weights();
        unweighted(bounds.bound(Sum.HARD), Sum.HARD, problems);
        unweighted(bounds.bound(Sum.WATTS), Sum.WATTS, problems);
        unweighted(bounds.bound(Sum.HOURS), Sum.HOURS, problems);
        weighted(bounds.bound(Sum.UNPLACED), Sum.UNPLACED, "weights.unplacedDemand", weights.unplacedDemand(), 0,
                problems);
        weighted(bounds.bound(Sum.FIRST_REFUSAL), Sum.FIRST_REFUSAL, "weights.firstRefusal", weights.firstRefusal(), 0,
                problems);
        // The cost level holds the premium too, weighted as first refusal: each weight has the other's share as given.
        double premium = bounds.total(Sum.PREMIUM) * units(weights.firstRefusal());
        double cost = bounds.total(Sum.COST) * units(weights.cost());
        if (cost >= premium) {
            weighted(bounds.bound(Sum.COST), Sum.COST, "weights.cost", weights.cost(), premium, problems);
        } else {
            weighted(bounds.bound(Sum.PREMIUM), Sum.PREMIUM, "weights.firstRefusal", weights.firstRefusal(), cost,
                    problems);
        }
        weighted(bounds.bound(Sum.LATENCY), Sum.LATENCY, "weights.latency", weights.latency(), 0, problems);
        if (scenario.policies().maxProviderSharePct() < 100 && bounds.total(Sum.HOURS) <= ScoreBounds.LIMIT) {
            weighted(bounds.bound(Sum.HOURS), Sum.HOURS, "weights.providerShare", weights.providerShare(), 0, problems);
        }
    }

    private static void unweighted(Bound bound, Sum sum, Problems problems) {
        if (bound.total() > ScoreBounds.LIMIT) {
            problems.add(place(bound), "the workloads together could come to " + amount(bound.total(), sum)
                    + " for " + sum.label() + " (every shard at once on the pool where it weighs most), more than the"
                    + " score counts (" + Problems.grouped(ScoreBounds.LIMIT) + "); this one alone brings "
                    + amount(bound.largest(), sum) + ". Lower demand, sizes or windows");
        }
    }

    /** @param others what the rest of the level already takes, in score units */
    private static void weighted(Bound bound, Sum sum, String weightPath, double weight, double others,
                                 Problems problems) {
        double room = ScoreBounds.LIMIT - others;
        if (bound.total() * units(weight) <= room) {
            return;
        }
        if (weight > 1 && bound.total() * ConstraintWeights.SCALE <= room) {
            double largest = Math.floor(room / bound.total()) / ConstraintWeights.SCALE;
            problems.add(weightPath, "at most " + Problems.grouped(largest) + " fits this scenario, got "
                    + Problems.grouped(weight) + ": the score counts " + sum.label() + " (up to "
                    + amount(bound.total(), sum) + " in the worst plan) " + ConstraintWeights.SCALE
                    + " × weight times, and holds " + Problems.grouped(ScoreBounds.LIMIT));
            return;
        }
        String counts = weight == 0 ? "the score counts even with the rule off" : "the score counts at weight "
                + Problems.grouped(weight);
        problems.add(place(bound), subject(bound) + " could come to " + amount(bound.total(), sum) + " of "
                + sum.label() + " (every shard at once on the pool where it weighs most), more than " + counts + " ("
                + amount(room / units(weight), sum) + "); this one alone brings " + amount(bound.largest(), sum)
                + ". Lower demand, prices, sizes or windows");
    }

    /** Score units per natural unit at a weight; a rule that is off still sums its natural units (the plan's KPIs). */
    private static double units(double weight) {
        return Math.max(1, ConstraintWeights.units(weight));
    }

    /** Purchases are paid whether used or not: when one brings the most, the sum is not the workloads' alone. */
    private static String subject(Bound bound) {
        return place(bound).startsWith("purchaseOptions") ? "the workloads and purchases together"
                : "the workloads together";
    }

    private static String place(Bound bound) {
        return bound.largestAt() == null ? "workloads" : bound.largestAt();
    }

    private static String amount(double value, Sum sum) {
        return sum.unit().equals("$") ? "$" + Problems.grouped(Math.floor(value))
                : Problems.grouped(Math.floor(value)) + " " + sum.unit();
    }
}
