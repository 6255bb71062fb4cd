package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.ChangeOutcome;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Variant;
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

    /**
     * Whether a variant is (indirectly) based on itself, following {@code basedOn} through {@code byId}: such a
     * variant cannot be resolved.
     */
    public static boolean isBasedOnItself(Variant start, Map<String, Variant> byId) {
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
        if (isBasedOnItself(variant, variants)) {
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
