package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bought capacity in a program, as the score pays it: per offer pool the slice uses, whole blocks for the busiest
 * period ({@code max(minBlocks, ⌈peak ÷ block size⌉)}, none when unused), every used period within one term from the
 * first one used (the hard rule Offer term), and the unused commitment (the blocks' whole-term price and the upfront
 * payment, less what the shards' hours pay at the committed price, never below 0); per build-out step not already
 * paid by the rest of the plan, its capex once any of its pools is used; and, under a purchase budget, everything
 * committed within it. The rest of the plan's use of each offer is a constant of its rows.
 *
 * Blocks, "taken" and the unused commitment are bounded from below only: a larger value only costs more, so an
 * optimum has them exact, and the plain rows keep the LP relaxation strong. A hint gives their exact values.
 * Spend terms are not modelled (the plan's score still counts them, and the search checks every result against it).
 */
final class PurchaseRows {

    /** What the slice's groups may put on one offer pool. */
    private static final class OfferCounts {
        final Map<Integer, LinearExprBuilder> bySlot = new LinkedHashMap<>();
        final Map<Integer, Long> maxBySlot = new LinkedHashMap<>();
        final LinearExprBuilder paid = LinearExpr.newBuilder();
        final List<IntVar> counts = new ArrayList<>();
        final List<Long> usdEach = new ArrayList<>();
        final List<IntVar> uses = new ArrayList<>();
        final List<Long> acceleratorsEach = new ArrayList<>();
        /** Each group's period slots, in order: its window is the first to the last. */
        final List<int[]> slotsEach = new ArrayList<>();
    }

    private final CpModel model;
    private final RestOfPlan rest;
    private final Map<PlacementPool, OfferCounts> offers = new LinkedHashMap<>();
    private final Map<BuildOutTerms, List<IntVar>> buildOuts = new LinkedHashMap<>();

    PurchaseRows(CpModel model, RestOfPlan rest) {
        this.model = model;
        this.rest = rest;
    }

    /** A group's count {@code n} on a bought pool, with its "uses the pool" variable. */
    void candidate(PlacementPool pool, Shard shard, PoolOption option, IntVar n, int most, IntVar uses) {
        if (pool.getOffer() != null) {
            OfferCounts use = offers.computeIfAbsent(pool, p -> new OfferCounts());
            int[] slots = shard.slotIndices();
            for (int slot : slots) {
                use.bySlot.computeIfAbsent(slot, s -> LinearExpr.newBuilder()).addTerm(n, option.accelerators());
                use.maxBySlot.merge(slot, (long) option.accelerators() * most, Long::sum);
            }
            use.paid.addTerm(n, option.computeUsd());
            use.counts.add(n);
            use.usdEach.add(option.computeUsd());
            use.uses.add(uses);
            use.acceleratorsEach.add((long) option.accelerators());
            use.slotsEach.add(slots);
        }
        if (pool.getBuildOut() != null && !rest.uses(pool.getBuildOut())) {
            buildOuts.computeIfAbsent(pool.getBuildOut(), b -> new ArrayList<>()).add(uses);
        }
    }

    /** What the rows add to the cost level and to the derived values of a hint. */
    interface Sink {
        void cost(IntVar var, long coefficient);

        /** A charge paid once when any reader is used (PlacementProgram's paid-once rows). */
        IntVar paidOnce(List<IntVar> readers, long price);

        void derived(PlacementProgram.Derived derived);
    }

    /** States the rows. */
    void state(RuleWeights weights, PlacementPolicy policy, Sink sink) {
        LinearExprBuilder committed = LinearExpr.newBuilder();
        long committedMax = 0;
        Set<PlacementPool> inSlice = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<PlacementPool, OfferCounts> e : offers.entrySet()) {
            inSlice.add(e.getKey());
            committedMax = PlacementProgram.plus(committedMax, stateOffer(e.getKey(), e.getValue(), weights, sink, committed));
        }
        for (Map.Entry<BuildOutTerms, List<IntVar>> e : buildOuts.entrySet()) {
            long capex = e.getKey().capexUsd();
            if (capex > 0) {
                IntVar paid = sink.paidOnce(e.getValue(), PlacementProgram.times(capex, weights.buildOutCapex()));
                committed.addTerm(paid, capex);
                committedMax = PlacementProgram.plus(committedMax, capex);
            }
        }
        long budget = policy.purchaseBudgetUsd();
        if (budget != Long.MAX_VALUE) {
            long fixed = rest.committedOutside(inSlice);
            // A rest of the plan already over the budget cannot be mended here: the score keeps judging it.
            if (fixed <= budget && PlacementProgram.plus(fixed, committedMax) > budget) {
                model.addLessOrEqual(committed.build(), budget - fixed);
            }
        }
    }

    /** @return the most the offer can commit to (for the budget row's reach) */
    private long stateOffer(PlacementPool pool, OfferCounts use, RuleWeights weights, Sink sink, LinearExprBuilder committed) {
        OfferTerms offer = pool.getOffer();
        String id = offer.offer();
        long bs = offer.blockSize();
        boolean restUses = rest.firstSlot(pool) >= 0;

        BoolVar taken = model.newBoolVar("taken " + id);
        if (restUses) {
            model.addEquality(taken, 1);
        }
        use.uses.forEach(u -> model.addLessOrEqual(u, taken));

        long restPeak = rest.peak(pool);
        long peakMax = restPeak;
        for (Map.Entry<Integer, Long> slot : use.maxBySlot.entrySet()) {
            peakMax = Math.max(peakMax, rest.accelerators(pool, slot.getKey()) + slot.getValue());
        }
        IntVar peak = model.newIntVar(0, peakMax, "peak " + id);
        model.addGreaterOrEqual(peak, restPeak);
        for (Map.Entry<Integer, LinearExprBuilder> slot : use.bySlot.entrySet()) {
            long fixed = rest.accelerators(pool, slot.getKey());
            model.addGreaterOrEqual(peak, LinearExpr.newBuilder().add(slot.getValue().build()).add(fixed).build());
        }
        long blocksMax = Math.max(offer.maxBlocks(), Math.ceilDiv(peakMax, bs));
        IntVar blocks = model.newIntVar(0, blocksMax, "blocks " + id);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(blocks).addTerm(taken, -offer.minBlocks()), 0);
        model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(blocks, bs).addTerm(peak, -1), 0);

        keepWithinOneTerm(pool, use, offer, sink);

        long committedMax = PlacementProgram.plus(PlacementProgram.times(blocksMax, offer.blockUsd()), offer.upfrontUsd());
        IntVar unused = model.newIntVar(0, committedMax, "unused " + id);
        // unused ≥ blocks × block price + upfront − (the rest's hours + the slice's hours at the committed price)
        LinearExprBuilder shortfall = LinearExpr.newBuilder().add(unused).add(use.paid.build()).add(rest.paidOn(pool))
                .addTerm(blocks, -offer.blockUsd()).addTerm(taken, -offer.upfrontUsd());
        model.addGreaterOrEqual(shortfall.build(), 0);
        sink.cost(unused, weights.unusedCommitment());
        committed.addTerm(blocks, offer.blockUsd()).addTerm(taken, offer.upfrontUsd());

        sink.derived(values -> {
            boolean any = restUses || use.uses.stream().anyMatch(u -> values.get(u) > 0);
            long busiest = restPeak;
            long paid = rest.paidOn(pool);
            Map<Integer, Long> bySlot = new LinkedHashMap<>();
            for (int i = 0; i < use.counts.size(); i++) {
                long n = values.get(use.counts.get(i));
                paid += n * use.usdEach.get(i);
                for (int slot : use.slotsEach.get(i)) {
                    bySlot.merge(slot, n * use.acceleratorsEach.get(i), Long::sum);
                }
            }
            for (Map.Entry<Integer, Long> slot : bySlot.entrySet()) {
                busiest = Math.max(busiest, slot.getValue() + rest.accelerators(pool, slot.getKey()));
            }
            values.put(taken, any ? 1L : 0L);
            values.put(peak, busiest);
            values.put(blocks, offer.blocksFor(busiest));
            // As the score's OfferUse.unusedUsd: the commitment for the busiest period less the hours paid.
            values.put(unused, Math.max(0, offer.committedUsd(busiest) - paid));
        });
        return committedMax;
    }

    /** Offer term: every used period within termSlots of a start, the rest of the plan's periods included. */
    private void keepWithinOneTerm(PlacementPool pool, OfferCounts use, OfferTerms offer, Sink sink) {
        int slots = pool.slotCount();
        int restFirst = rest.firstSlot(pool);
        int restLast = rest.lastSlot(pool);
        int term = offer.termSlots();
        if (restFirst >= 0 && restLast - restFirst + 1 > term) {
            // The shards outside the slice already break the term: nothing here can mend it, and the score counts it.
            return;
        }
        long lowest = restFirst >= 0 ? Math.max(0, restLast - term + 1L) : 0;
        long highest = restFirst >= 0 ? restFirst : slots - 1L;
        IntVar start = model.newIntVar(lowest, highest, "start " + offer.offer());
        for (int i = 0; i < use.uses.size(); i++) {
            int[] slotsUsed = use.slotsEach.get(i);
            IntVar uses = use.uses.get(i);
            model.addLessOrEqual(start, slotsUsed[0]).onlyEnforceIf(asLiteral(uses));
            model.addGreaterOrEqual(start, slotsUsed[slotsUsed.length - 1] - term + 1L).onlyEnforceIf(asLiteral(uses));
        }
        sink.derived(values -> {
            long first = restFirst >= 0 ? restFirst : Long.MAX_VALUE;
            for (int i = 0; i < use.uses.size(); i++) {
                if (values.get(use.uses.get(i)) > 0) {
                    first = Math.min(first, use.slotsEach.get(i)[0]);
                }
            }
            values.put(start, Math.max(lowest, Math.min(highest, first == Long.MAX_VALUE ? lowest : first)));
        });
    }

    /** A "uses the pool" variable is a 0/1 count or a BoolVar: either way a literal for enforcement. */
    private static com.google.ortools.sat.Literal asLiteral(IntVar uses) {
        if (uses instanceof BoolVar b) {
            return b;
        }
        throw new IllegalStateException("a group's use of an offer pool must be a 0/1 variable");
    }
}
