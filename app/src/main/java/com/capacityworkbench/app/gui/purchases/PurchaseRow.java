package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.model.plan.BuildOutTaken;
import com.capacityworkbench.model.plan.CommitmentTimeline;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.OneLess;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.scenario.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One purchase of the answer, as the Purchases screen lists it: an offer taken or a build-out step made, what it
 * commits, how much of it the plan uses per period, what it serves, and what taking it away did.
 *
 * @param purchase    "offer az-scus-gb200" or "build-out abilene-phase-3", as the answer's worth names it
 * @param provider    the provider paid; {@link CommitmentTimeline#BUILD_OUTS} for a step
 * @param size        "6 blocks" or "200 MW"
 * @param accelerators the accelerators bought (a step: those its pools hold in use; 0 when unknown)
 * @param to          the last period of the term (a step: the horizon's last period)
 * @param usedShare   per period, the share of the bought accelerators in use (empty for a step)
 * @param worth       the re-solve without it (one block less, or without the step); empty when not re-solved
 */
public record PurchaseRow(String purchase, String id, String provider, String site, String accelerator, String size,
        long accelerators, Period from, Period to, double committedUsd, Map<Period, Double> usedShare,
        List<String> workloads, Optional<OneLess> worth) {

    public PurchaseRow {
        usedShare = Collections.unmodifiableMap(new TreeMap<>(usedShare));
        workloads = List.copyOf(workloads);
    }

    /** Every purchase of an answer: the offers, then the build-out steps. */
    public static List<PurchaseRow> of(PurchasePlan answer, Period horizonEnd) {
        List<PurchaseRow> rows = new ArrayList<>();
        for (OfferTaken o : answer.purchases().offers()) {
            String purchase = o.label();
            rows.add(new PurchaseRow(purchase, o.offer(), o.provider(), o.site(), o.accelerator(),
                    o.blocks() + (o.blocks() == 1 ? " block" : " blocks"), o.accelerators(), o.from(), o.to(),
                    o.committedUsd(), o.usedShare(), o.workloads(), worth(answer, purchase)));
        }
        for (BuildOutTaken b : answer.purchases().buildOuts()) {
            String purchase = b.label();
            rows.add(new PurchaseRow(purchase, b.buildOut(), CommitmentTimeline.BUILD_OUTS, b.site(),
                    String.join(", ", b.pools()), String.format(Locale.ROOT, "%,.0f MW", b.megawatts()), 0,
                    b.from(), horizonEnd, b.capexUsd(), Map.of(), b.workloads(), worth(answer, purchase)));
        }
        return rows;
    }

    /** Whether it is committed in {@code period}. */
    public boolean covers(Period period) {
        return !period.isBefore(from) && !period.isAfter(to);
    }

    /** The share of the bought accelerators in use in the busiest period; NaN for a step. */
    public double busiestUse() {
        return usedShare.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    public boolean isOffer() {
        return purchase.startsWith("offer ");
    }

    private static Optional<OneLess> worth(PurchasePlan answer, String purchase) {
        return answer.oneLess().stream().filter(w -> w.purchase().equals(purchase)).findFirst();
    }
}
