package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SpendTerm;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What may be bought: offers sold by the provider of their site, build-outs only at self-built sites, spend terms
 * of known providers, periods on the horizon and figures in range.
 */
final class PurchaseRules {

    private PurchaseRules() {
    }

    static void check(ValidationContext context) {
        PurchaseOptions options = context.scenario().purchaseOptions();
        Problems problems = context.problems();
        problems.ids(Figure.OFFERS, options.offers(), Offer::id);
        problems.ids(Figure.BUILD_OUTS, options.buildOuts(), BuildOut::id);
        problems.ids(Figure.SPEND_TERMS, options.spendTerms(), SpendTerm::id);
        notTaken(options, context);
        for (int i = 0; i < options.offers().size(); i++) {
            offer(options.offers().get(i), Figure.OFFERS + "[" + i + "].", context);
        }
        for (int i = 0; i < options.buildOuts().size(); i++) {
            buildOut(options.buildOuts().get(i), Figure.BUILD_OUTS + "[" + i + "].", context);
        }
        for (int i = 0; i < options.spendTerms().size(); i++) {
            spendTerm(options.spendTerms().get(i), Figure.SPEND_TERMS + "[" + i + "].", context);
        }
    }

    /**
     * Names the solver gives what is bought must be free: an offer becomes a pool of its own id, a build-out step a
     * site of its own id (beside its campus) with a pool "step:type" per accelerator type.
     */
    private static void notTaken(PurchaseOptions options, ValidationContext context) {
        Problems problems = context.problems();
        java.util.Set<String> pools = new java.util.HashSet<>(context.index().pools().keySet());
        for (int i = 0; i < options.offers().size(); i++) {
            String id = options.offers().get(i).id();
            if (id != null && pools.contains(id)) {
                problems.add(Figure.OFFERS + "[" + i + "].id", "'" + id + "' is already a pool's id; a bought offer "
                        + "becomes a pool of its own, so its id must differ from every pool's");
            }
        }
        for (int i = 0; i < options.buildOuts().size(); i++) {
            BuildOut step = options.buildOuts().get(i);
            if (step.id() == null) {
                continue;
            }
            if (context.index().sites().containsKey(step.id())) {
                problems.add(Figure.BUILD_OUTS + "[" + i + "].id", "'" + step.id() + "' is already a site's id; a "
                        + "build-out step is planned as a site of its own, so its id must differ from every site's");
            }
            for (String type : step.accelerators()) {
                if (pools.contains(step.id() + ":" + type)) {
                    problems.add(Figure.BUILD_OUTS + "[" + i + "].id", "pool '" + step.id() + ":" + type + "' exists; "
                            + "the step's " + type + " would be planned as a pool of that name");
                }
            }
        }
    }

    private static void offer(Offer offer, String at, ValidationContext context) {
        Problems problems = context.problems();
        problems.reference(at + "provider", offer.provider(), "provider", context.index().providers().keySet());
        problems.reference(at + "site", offer.site(), "site", context.index().sites().keySet());
        problems.reference(at + "accelerator", offer.accelerator(), "accelerator",
                context.index().accelerators().keySet());
        Site site = offer.site() == null ? null : context.index().findSite(offer.site()).orElse(null);
        if (site != null && offer.provider() != null && context.index().providers().containsKey(offer.provider())
                && !offer.provider().equals(site.provider())) {
            problems.add(at + "provider", "the offer is from " + offer.provider() + ", but site " + site.id()
                    + " is " + site.provider() + "'s; an offer is sold by the provider of its site");
        }
        problems.onHorizon(at + "earliestStart", offer.earliestStart(), context.horizon());
        problems.inRange(at + "blockSize", offer.blockSize(), Figure.BLOCK_SIZE);
        problems.inRange(at + "minBlocks", offer.minBlocks(), Figure.MIN_BLOCKS);
        problems.inRange(at + "maxBlocks", offer.maxBlocks(), Figure.MAX_BLOCKS);
        if (offer.minBlocks() > offer.maxBlocks() && Figure.MIN_BLOCKS.accepts(offer.minBlocks())
                && Figure.MAX_BLOCKS.accepts(offer.maxBlocks())) {
            problems.add(at + "minBlocks", "must be at most max blocks (" + offer.maxBlocks() + "), got "
                    + offer.minBlocks());
        }
        // Each figure in range still allows 10^11 accelerators; an offer is held to what a pool may count.
        double accelerators = (double) offer.maxBlocks() * offer.blockSize();
        if (Figure.BLOCK_SIZE.accepts(offer.blockSize()) && Figure.MAX_BLOCKS.accepts(offer.maxBlocks())
                && !Figure.COUNT.accepts(accelerators)) {
            problems.add(at + "maxBlocks", "max blocks × block size must be at most "
                    + Problems.grouped(Figure.COUNT.max()) + " accelerators (a pool's largest count), got "
                    + Problems.grouped(accelerators));
        }
        problems.inRange(at + "leadTimePeriods", offer.leadTimePeriods(), Figure.LEAD_TIME);
        problems.inRange(at + "termPeriods", offer.termPeriods(), Figure.TERM);
        problems.inRange(at + "pricePerAccelHour", offer.pricePerAccelHour(), Figure.OFFER_PRICE);
        problems.inRange(at + "upfrontUsd", offer.upfrontUsd(), Figure.UPFRONT);
    }

    private static void buildOut(BuildOut buildOut, String at, ValidationContext context) {
        Problems problems = context.problems();
        problems.reference(at + "site", buildOut.site(), "site", context.index().sites().keySet());
        Site site = buildOut.site() == null ? null : context.index().findSite(buildOut.site()).orElse(null);
        Provider provider = site == null ? null : context.index().findProvider(site.provider()).orElse(null);
        if (provider != null && provider.kind() != ProviderKind.SELF_BUILT) {
            problems.add(at + "site", "site " + site.id() + " is " + provider.id() + "'s, a "
                    + provider.kind().label() + " provider; only a self-built site can be built out");
        }
        problems.onHorizon(at + "earliest", buildOut.earliest(), context.horizon());
        problems.inRange(at + "megawatts", buildOut.megawatts(), Figure.BUILD_OUT_POWER);
        problems.inRange(at + "capexPerMw", buildOut.capexPerMw(), Figure.CAPEX);
        problems.inRange(at + "capexPeriods", buildOut.capexPeriods(), Figure.CAPEX_PERIODS);
        List<String> accelerators = buildOut.accelerators();
        if (accelerators.isEmpty()) {
            problems.add(at + "accelerators", "list at least one accelerator type the step can house");
        }
        for (int a = 0; a < accelerators.size(); a++) {
            problems.reference(at + "accelerators[" + a + "]", accelerators.get(a), "accelerator",
                    context.index().accelerators().keySet());
        }
    }

    private static void spendTerm(SpendTerm term, String at, ValidationContext context) {
        Problems problems = context.problems();
        problems.reference(at + "provider", term.provider(), "provider", context.index().providers().keySet());
        boolean fromOk = problems.onHorizon(at + "from", term.from(), context.horizon());
        boolean toOk = problems.onHorizon(at + "to", term.to(), context.horizon());
        if (fromOk && toOk) {
            problems.ordered(at + "to", term.from(), term.to());
        }
        problems.inRange(at + "minimumUsd", term.minimumUsd(), Figure.SPEND_MINIMUM);
        @Nullable Double maximum = term.maximumUsd();
        if (maximum != null) {
            problems.inRange(at + "maximumUsd", maximum, Figure.SPEND_MAXIMUM);
            if (maximum < term.minimumUsd() && Figure.SPEND_MAXIMUM.accepts(maximum)) {
                problems.add(at + "maximumUsd", "must be at least the minimum spend ("
                        + Problems.grouped(term.minimumUsd()) + "), got " + Problems.grouped(maximum));
            }
        }
    }
}
