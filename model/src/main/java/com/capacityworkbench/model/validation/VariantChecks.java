package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.PeriodLength;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a scenario's variants: the tree itself (ids, parents, loops), and that every variant, applied to the
 * current base, is itself a valid scenario (an added workload reading an unknown dataset is reported here, at
 * {@code variants[2].changes: ...}). Stale changes are not problems: they are flagged where the variant is shown.
 */
public final class VariantChecks {

    private VariantChecks() {
    }

    public static List<ValidationProblem> validate(Scenario scenario) {
        List<ValidationProblem> problems = new ArrayList<>(tree(scenario.variants()));
        if (!problems.isEmpty()) {
            return problems;
        }
        VariantResolver resolver = new VariantResolver(scenario, scenario.variants());
        for (int i = 0; i < scenario.variants().size(); i++) {
            Variant variant = scenario.variants().get(i);
            Scenario applied = resolver.resolve(variant.id()).scenario();
            for (ValidationProblem p : ScenarioValidator.validate(applied)) {
                problems.add(new ValidationProblem("variants[" + i + "].changes",
                        "variant \"" + variant.id() + "\" makes " + p.path() + " invalid: " + p.message()));
            }
        }
        return problems;
    }

    /** Problems with the tree itself: duplicate ids, unknown parents, cycles. */
    public static List<ValidationProblem> tree(List<Variant> variantList) {
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
            } else if (VariantResolver.isBasedOnItself(v, byId)) {
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
}
