package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a scenario's variants: the tree itself (ids, parents, loops), and that every variant, applied to the
 * current base, is itself a valid scenario (an added workload reading an unknown dataset is reported here, at
 * {@code variants[2].changes: ...}). Stale changes are not problems: they are flagged where the variant is shown.
 */
public final class VariantChecks {

    private VariantChecks() {
    }

    public static List<ValidationProblem> validate(Scenario scenario) {
        List<ValidationProblem> problems = new ArrayList<>(VariantResolver.problems(scenario.variants()));
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
}
