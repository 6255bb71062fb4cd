package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.uncertainty.Bounds;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario's uncertain inputs, each problem at its place ({@code uncertainty[2].distribution}): names given and
 * unique, targets the kind allows and the scenario has, distributions sound and within what the kind can take
 * (factors never negative, a widening either happens or not).
 */
public final class UncertaintyChecks {

    /** A delay beyond this many periods is a typing slip, not a forecast. */
    private static final double LONGEST_DELAY = 1_000;

    private UncertaintyChecks() {
    }

    public static List<ValidationProblem> validate(Scenario scenario) {
        List<ValidationProblem> problems = new ArrayList<>();
        ScenarioIndex index = ScenarioIndex.of(scenario);
        Set<String> names = new HashSet<>();
        List<UncertainInput> inputs = scenario.uncertainty().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            UncertainInput input = inputs.get(i);
            String at = "uncertainty[" + i + "].";
            if (input.name() == null || input.name().isBlank()) {
                problems.add(new ValidationProblem(at + "name", "an uncertain input needs a name"));
            } else if (!names.add(input.name())) {
                problems.add(new ValidationProblem(at + "name", "\"" + input.name() + "\" names two uncertain inputs"));
            }
            if (!input.kind().targets().contains(input.target())) {
                problems.add(new ValidationProblem(at + "target", "a " + input.kind().label() + " applies to a "
                        + String.join(" or ", input.kind().targets()) + ", not \"" + input.target() + "\""));
            } else if (!targetExists(index, input)) {
                problems.add(new ValidationProblem(at + "id", "there is no " + input.target() + " \"" + input.id() + "\""));
            }
            List<String> distribution = input.distribution().problems();
            distribution.forEach(p -> problems.add(new ValidationProblem(at + "distribution", input.name() + ": " + p)));
            if (distribution.isEmpty()) {
                problems.addAll(rangeProblems(input, at));
            }
            if (input.kind() == UncertainKind.RESIDENCY_WIDENING && input.widenTo().isEmpty()) {
                problems.add(new ValidationProblem(at + "widenTo", input.name()
                        + ": a residency widening names the jurisdictions its dataset may then go to"));
            }
        }
        return problems;
    }

    private static List<ValidationProblem> rangeProblems(UncertainInput input, String at) {
        double lowest = input.distribution().quantile(0);
        double highest = input.distribution().quantile(Math.nextDown(1.0));
        List<ValidationProblem> problems = new ArrayList<>();
        if (lowest < input.kind().lowest()) {
            problems.add(new ValidationProblem(at + "distribution", input.name() + ": a " + input.kind().label()
                    + " cannot be below " + Bounds.text(input.kind().lowest()) + " (the distribution reaches "
                    + Bounds.text(lowest) + ")"));
        }
        if (input.kind() == UncertainKind.RESIDENCY_WIDENING && !(input.distribution() instanceof DiscreteDistribution d
                && d.outcomes().stream().allMatch(o -> o.value() == 0 || o.value() == 1))) {
            problems.add(new ValidationProblem(at + "distribution", input.name()
                    + ": a residency widening happens (1) or not (0) with a probability"));
        }
        if (input.kind() == UncertainKind.POOL_DELAY && Math.max(Math.abs(lowest), Math.abs(highest)) > LONGEST_DELAY) {
            problems.add(new ValidationProblem(at + "distribution", input.name()
                    + ": a delay of more than 1,000 periods"));
        }
        return problems;
    }

    private static boolean targetExists(ScenarioIndex index, UncertainInput input) {
        return switch (input.target()) {
            case "provider" -> index.findProvider(input.id()).isPresent();
            case "accelerator" -> index.findAccelerator(input.id()).isPresent();
            case "pool" -> index.findPool(input.id()).isPresent();
            case "site" -> index.findSite(input.id()).isPresent();
            case "workload" -> index.findWorkload(input.id()).isPresent();
            case "dataset" -> index.findDataset(input.id()).isPresent();
            case "kind" -> isKind(input.id());
            default -> false;
        };
    }

    private static boolean isKind(String id) {
        try {
            WorkloadKind.parse(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
