package com.capacityworkbench.bench.exact;

import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The purchase rules of an expanded scenario ({@code PurchasableCapacity}) in the exact model, as the score counts
 * them: per offer, whole blocks ({@code max(minBlocks, ⌈busiest period ÷ block size⌉)}, none when unused), all used
 * periods inside one term from the first period used (the hard rule Offer term), and the blocks' whole-term price
 * plus the upfront payment less what the shards' hours pay at the committed price (Unused commitment, never below
 * 0); per build-out step, its capex once any of its pools is used. Block counts, the term's start and the unused
 * commitment are tied to the placement exactly (not only bounded), so every solution's cost equals the evaluator's.
 */
final class PurchaseRows {

    /** The shards that may use one offer: their literal, window (horizon slots) and compute at the committed price. */
    private static final class OfferCandidates {
        final List<BoolVar> shards = new ArrayList<>();
        final Map<Integer, LinearExprBuilder> bySlot = new TreeMap<>();
        final LinearExprBuilder paid = LinearExpr.newBuilder();
        long maxPaid;
        long maxAccelerators;
    }

    private final PurchaseTerms terms;
    private final Horizon horizon;
    private final Map<OfferTerms, OfferCandidates> offers = new LinkedHashMap<>();
    private final Map<BuildOutTerms, List<BoolVar>> buildOuts = new LinkedHashMap<>();
    private final Map<BoolVar, int[]> windows = new LinkedHashMap<>();

    PurchaseRows(Scenario scenario) {
        if (!scenario.purchaseOptions().spendTerms().isEmpty()) {
            throw new IllegalArgumentException("the scenario has " + scenario.purchaseOptions().spendTerms().size()
                    + " spend terms; the exact reference does not model them\n"
                    + "Maybe leave them out of the bench case: its generator adds none.");
        }
        this.terms = PurchaseTerms.of(scenario);
        this.horizon = scenario.horizon();
    }

    /** Notes a shard's literal on a pool; nothing when the pool is not bought capacity. */
    void candidate(BoolVar x, ShardOnPool on) {
        OfferTerms offer = terms.offer(on.pool().id());
        if (offer != null) {
            OfferCandidates c = offers.computeIfAbsent(offer, o -> new OfferCandidates());
            c.shards.add(x);
            long paid = ScoreUnits.dollars(on.computeUsd());
            c.paid.addTerm(x, paid);
            c.maxPaid += paid;
            c.maxAccelerators += on.accelerators();
            List<Period> periods = on.periods();
            for (Period p : periods) {
                c.bySlot.computeIfAbsent(slot(p), s -> LinearExpr.newBuilder()).addTerm(x, on.accelerators());
            }
            windows.put(x, new int[] {slot(periods.getFirst()), slot(periods.getLast())});
        }
        BuildOutTerms step = terms.buildOut(on.pool().id());
        if (step != null) {
            buildOuts.computeIfAbsent(step, s -> new ArrayList<>()).add(x);
        }
    }

    /** States the rules in the model; {@code cost} receives each offer's unused commitment, in dollars. */
    void state(CpModel model, PaidOnce paidOnce, CostTerm cost) {
        offers.forEach((offer, c) -> stateOffer(model, offer, c, cost));
        buildOuts.forEach((step, readers) -> paidOnce.add(readers, step.capexUsd(), "capex " + step.buildOut()));
    }

    /** Adds a charge paid once when any of its readers is placed (the model's egress and porting rule). */
    interface PaidOnce {
        void add(List<BoolVar> readers, long usd, String what);
    }

    /** Adds a variable counted in dollars to the cost level. */
    interface CostTerm {
        void add(IntVar usd);
    }

    private void stateOffer(CpModel model, OfferTerms offer, OfferCandidates c, CostTerm cost) {
        BoolVar[] shards = c.shards.toArray(BoolVar[]::new);
        BoolVar taken = model.newBoolVar("taken " + offer.offer());
        for (BoolVar x : shards) {
            model.addImplication(x, taken);
        }
        model.addLessOrEqual(taken, LinearExpr.sum(shards));
        IntVar blocks = blocks(model, offer, c, taken);
        keepWithinOneTerm(model, offer, shards);
        cost.add(unusedCommitment(model, offer, c, taken, blocks));
    }

    /** blocks = max(minBlocks, ⌈busiest period ÷ block size⌉) when taken, else 0: exactly, not only at least. */
    private static IntVar blocks(CpModel model, OfferTerms offer, OfferCandidates c, BoolVar taken) {
        String id = offer.offer();
        int bs = offer.blockSize();
        IntVar blocks = model.newIntVar(0, offer.maxBlocks(), "blocks " + id);
        IntVar peak = model.newIntVar(0, c.maxAccelerators, "peak " + id);
        // Max constraints over plain variables: over long sums, CP-SAT's presolve took the whole time limit.
        List<IntVar> bySlot = new ArrayList<>();
        c.bySlot.forEach((slot, used) -> bySlot.add(equalTo(model, used.build(), c.maxAccelerators, "used " + id + " " + slot)));
        model.addMaxEquality(peak, bySlot.toArray(IntVar[]::new));
        model.addLessOrEqual(LinearExpr.newBuilder().add(blocks).addTerm(taken, -offer.maxBlocks()), 0);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(blocks).addTerm(taken, -offer.minBlocks()), 0);
        model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(blocks, bs).addTerm(peak, -1), 0);
        BoolVar aboveMinimum = model.newBoolVar("above minimum " + id);
        model.addGreaterOrEqual(blocks, offer.minBlocks() + 1L).onlyEnforceIf(aboveMinimum);
        model.addLessOrEqual(blocks, offer.minBlocks()).onlyEnforceIf(aboveMinimum.not());
        model.addLessOrEqual(LinearExpr.newBuilder().addTerm(blocks, bs).addTerm(peak, -1), bs - 1L)
                .onlyEnforceIf(aboveMinimum);
        return blocks;
    }

    /** Offer term: every used period within termSlots of the first one used (the purchase starts there). */
    private void keepWithinOneTerm(CpModel model, OfferTerms offer, BoolVar[] shards) {
        IntVar start = model.newIntVar(0, horizon.size() - 1L, "start " + offer.offer());
        for (BoolVar x : shards) {
            int[] window = windows.get(x);
            model.addLessOrEqual(start, window[0]).onlyEnforceIf(x);
            model.addGreaterOrEqual(start, window[1] - offer.termSlots() + 1L).onlyEnforceIf(x);
        }
    }

    /** max(0, blocks × block price for the term + upfront − the shards' hours at the committed price), in dollars. */
    private static IntVar unusedCommitment(CpModel model, OfferTerms offer, OfferCandidates c, BoolVar taken,
            IntVar blocks) {
        long maxCommitted = ScoreUnits.add(ScoreUnits.times(offer.maxBlocks(), offer.blockUsd()), offer.upfrontUsd());
        IntVar unused = model.newIntVar(0, maxCommitted, "unused " + offer.offer());
        IntVar paid = equalTo(model, c.paid.build(), c.maxPaid, "paid " + offer.offer());
        LinearExpr committedLessPaid = LinearExpr.newBuilder().addTerm(blocks, offer.blockUsd())
                .addTerm(taken, offer.upfrontUsd()).addTerm(paid, -1).build();
        model.addMaxEquality(unused, new LinearArgument[] {committedLessPaid, LinearExpr.constant(0)});
        return unused;
    }

    private static IntVar equalTo(CpModel model, LinearExpr sum, long max, String name) {
        IntVar v = model.newIntVar(0, max, name);
        model.addEquality(v, sum);
        return v;
    }

    private int slot(Period p) {
        return (int) horizon.first().until(p);
    }
}
