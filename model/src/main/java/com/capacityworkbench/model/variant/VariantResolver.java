package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.PeriodLength;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.Figure;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns variants into scenarios by re-applying their changes, ancestors first, to the current base.
 * Results are cached per variant: resolving a whole tree applies every change once.
 */
public final class VariantResolver {

    private final Scenario base;
    private final Map<String, Variant> variants = new LinkedHashMap<>();
    private final Map<String, ResolvedVariant> resolved = new HashMap<>();

    public VariantResolver(Scenario base, List<Variant> variantList) {
        this.base = base;
        variantList.forEach(v -> variants.putIfAbsent(v.id(), v));
    }

    /** Problems with the tree itself: duplicate ids, unknown parents, cycles. */
    public static List<ValidationProblem> problems(List<Variant> variantList) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, Variant> byId = new HashMap<>();
        for (int i = 0; i < variantList.size(); i++) {
            Variant v = variantList.get(i);
            if (v.id() == null || v.id().isBlank()) {
                problems.add(new ValidationProblem("variants[" + i + "].id", "a variant needs an id"));
            } else if (byId.putIfAbsent(v.id(), v) != null) {
                problems.add(new ValidationProblem("variants[" + i + "].id", "duplicate variant id \"" + v.id() + "\""));
            }
        }
        for (int i = 0; i < variantList.size(); i++) {
            delays(variantList.get(i), "variants[" + i + "].changes", problems);
        }
        for (int i = 0; i < variantList.size(); i++) {
            Variant v = variantList.get(i);
            if (v.basedOn() == null) {
                continue;
            }
            if (!byId.containsKey(v.basedOn())) {
                problems.add(new ValidationProblem("variants[" + i + "].basedOn",
                        "unknown variant \"" + v.basedOn() + "\""));
            } else if (inCycle(v, byId)) {
                problems.add(new ValidationProblem("variants[" + i + "].basedOn",
                        "variant \"" + v.id() + "\" is (indirectly) based on itself"));
            }
        }
        return problems;
    }

    /**
     * A pool delay moves a pool by at most the longest horizon (twenty years of months): further, it is off every
     * horizon, and a count of periods beyond it would overflow the periods' arithmetic. Every other figure of a
     * change is checked in the scenario the variant makes.
     */
    private static void delays(Variant variant, String at, List<ValidationProblem> problems) {
        int most = Figure.MAX_HORIZON_YEARS * PeriodLength.MONTH.periodsPerYear();
        for (int c = 0; c < variant.changes().size(); c++) {
            if (variant.changes().get(c) instanceof PoolDelay delay && Math.abs((long) delay.periods()) > most) {
                problems.add(new ValidationProblem(at + "[" + c + "].periods", "must be between -" + most + " and "
                        + most + " periods, got " + delay.periods()));
            }
        }
    }

    private static boolean inCycle(Variant start, Map<String, Variant> byId) {
        Set<String> seen = new HashSet<>();
        Variant current = start;
        while (current != null && current.basedOn() != null) {
            if (!seen.add(current.id())) {
                return true;
            }
            current = byId.get(current.basedOn());
            if (current != null && current.id().equals(start.id())) {
                return true;
            }
        }
        return false;
    }

    public ResolvedVariant resolve(String variantId) {
        ResolvedVariant done = resolved.get(variantId);
        if (done != null) {
            return done;
        }
        Variant variant = variants.get(variantId);
        if (variant == null) {
            throw new IllegalArgumentException("unknown variant \"" + variantId + "\""
                    + System.lineSeparator() + "Maybe it was deleted; variants here: " + variants.keySet());
        }
        if (inCycle(variant, variants)) {
            throw new IllegalArgumentException("variant \"" + variantId + "\" is (indirectly) based on itself"
                    + System.lineSeparator() + "Maybe change the \"based on\" of one variant in the loop.");
        }
        Scenario start = base;
        List<Variant> lineage = new ArrayList<>();
        if (variant.basedOn() != null) {
            if (!variants.containsKey(variant.basedOn())) {
                throw new IllegalArgumentException("variant \"" + variantId + "\" is based on unknown variant \""
                        + variant.basedOn() + "\"" + System.lineSeparator() + "Maybe base it on the scenario itself.");
            }
            ResolvedVariant parent = resolve(variant.basedOn());
            start = parent.scenario();
            lineage.addAll(parent.lineage());
        }
        lineage.add(variant);
        Scenario scenario = start;
        List<StaleChange> stale = new ArrayList<>();
        for (int i = 0; i < variant.changes().size(); i++) {
            Change change = variant.changes().get(i);
            ChangeOutcome outcome = change.applyTo(scenario);
            if (outcome.isStale()) {
                stale.add(new StaleChange(variant.id(), i, change.describe(), outcome.staleReason()));
            }
            scenario = outcome.scenario();
        }
        ResolvedVariant result = new ResolvedVariant(variant,
                scenario.withName(base.name() + " / " + variant.name()).withVariants(List.of()),
                stale, lineage);
        resolved.put(variantId, result);
        return result;
    }

    public List<ResolvedVariant> resolveAll() {
        return variants.keySet().stream().map(this::resolve).toList();
    }
}
