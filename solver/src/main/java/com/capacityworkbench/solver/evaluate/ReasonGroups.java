package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules that keep a workload off a set of pools, one line per rule, the pools it blocks for the same
 * reason named together: "Software family: pools a, b run ROCm, pool c runs XLA; w supports only CUDA and may
 * not be ported". A planner reads each reason once instead of once per pool. Every pool is named once, under
 * the first rule that blocks it (the one its candidate row shows).
 */
final class ReasonGroups {

    private ReasonGroups() {
    }

    /** One line per rule, in rule order, for the blocked checks given (checks that fit are left out). */
    static List<String> of(Workload workload, List<CandidateCheck> checks, PlacementCalculator calculator) {
        Map<HardRule, List<CandidateCheck>> byRule = new EnumMap<>(HardRule.class);
        for (CandidateCheck c : checks) {
            if (c.block() != null) {
                byRule.computeIfAbsent(c.block().rule(), r -> new ArrayList<>()).add(c);
            }
        }
        List<String> lines = new ArrayList<>();
        byRule.forEach((rule, blocked) -> lines.add(rule.label() + ": " + line(rule, workload, blocked, calculator)));
        return lines;
    }

    private static String line(HardRule rule, Workload w, List<CandidateCheck> blocked, PlacementCalculator calculator) {
        return switch (rule) {
            case EXCLUDED -> "the planner ruled out " + pools(blocked.stream().map(c -> c.pool().id()).toList());
            case AVAILABILITY -> "no accelerators " + clauses(blocked, c -> missingPeriods(c, calculator),
                    (periods, pools) -> "on " + pools(pools) + " in " + periods);
            case SOFTWARE_FAMILY -> clauses(blocked, c -> c.figures().type().family().label(),
                    (family, pools) -> pools(pools) + (pools.size() == 1 ? " runs " : " run ") + family)
                    + "; " + w.id() + " supports only " + families(w) + " and may not be ported";
            case MEMORY -> w.id() + " needs " + number(w.minMemoryGb()) + " GB; " + clauses(blocked,
                    c -> c.figures().type().id() + " has " + number(c.figures().type().memoryGb()) + " GB",
                    (type, pools) -> type + " (" + pools(pools) + ")");
            case SOVEREIGN_CLOUD -> w.id() + " requires a sovereign cloud; "
                    + pools(blocked.stream().map(c -> c.pool().id()).toList()) + (blocked.size() == 1 ? " is" : " are")
                    + " not in one";
            case RESIDENCY -> residency(blocked);
            default -> clauses(blocked, c -> withoutLabel(c.block().message()), (message, pools) ->
                    rule == HardRule.CAPACITY ? message : message + " (" + pools(pools) + ")");
        };
    }

    /**
     * "dataset d may stay only in EU; pools a, b in US, c in JP": the rule's sentence ends with the one site it
     * is about ("…; site s is US"); pools are grouped by the sentence's first part, then by where they are.
     */
    private static String residency(List<CandidateCheck> blocked) {
        Map<String, List<CandidateCheck>> byHead = new LinkedHashMap<>();
        for (CandidateCheck c : blocked) {
            String message = withoutLabel(c.block().message());
            int site = message.indexOf("; site ");
            byHead.computeIfAbsent(site < 0 ? message : message.substring(0, site), h -> new ArrayList<>()).add(c);
        }
        List<String> parts = new ArrayList<>();
        byHead.forEach((head, checks) -> {
            String message = withoutLabel(checks.getFirst().block().message());
            if (!message.contains("; site ")) {
                parts.add(head + " (" + pools(checks.stream().map(c -> c.pool().id()).toList()) + ")");
                return;
            }
            String where = clauses(checks, c -> c.block().message().substring(c.block().message().lastIndexOf(" is ") + 4),
                    (place, pools) -> String.join(", ", pools) + " in " + place);
            parts.add(head + "; " + (checks.size() == 1 ? "pool " : "pools ") + where);
        });
        return String.join("; ", parts);
    }

    /**
     * Checks grouped by a key, in order of first appearance, each group written once with its pools; past
     * {@link #NAMED_POOLS} groups the rest are counted ("… and 40 more pools").
     */
    private static String clauses(List<CandidateCheck> checks, Function<CandidateCheck, String> key,
            BiFunction<String, List<String>, String> clause) {
        Map<String, List<String>> poolsByKey = new LinkedHashMap<>();
        checks.forEach(c -> poolsByKey.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c.pool().id()));
        String named = poolsByKey.entrySet().stream().limit(NAMED_POOLS).map(e -> clause.apply(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        int rest = poolsByKey.values().stream().skip(NAMED_POOLS).mapToInt(List::size).sum();
        return rest == 0 ? named : named + " and " + rest + " more " + (rest == 1 ? "pool" : "pools");
    }

    /**
     * "pool a", "pools a, b, c", or for many "pools a, b, c, d, e and 95 more": a sentence naming a hundred pools is
     * read by no one (and made a 20,000-workload plan file gigabytes); the candidate table lists them all.
     */
    static String pools(List<String> ids) {
        if (ids.size() <= NAMED_POOLS + 1) {
            return (ids.size() == 1 ? "pool " : "pools ") + String.join(", ", ids);
        }
        return "pools " + String.join(", ", ids.subList(0, NAMED_POOLS)) + " and " + (ids.size() - NAMED_POOLS) + " more";
    }

    /** How many pools a reason names before it counts the rest. */
    static final int NAMED_POOLS = 5;

    private static String withoutLabel(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private static String families(Workload w) {
        return w.families().stream().map(SoftwareFamily::label).sorted().collect(Collectors.joining(", "));
    }

    private static String missingPeriods(CandidateCheck c, PlacementCalculator calculator) {
        List<Period> missing = c.figures().periods().stream().filter(p -> calculator.countIn(c.pool(), p) <= 0).toList();
        if (missing.isEmpty()) {
            return "its window (the window is empty)";
        }
        if (missing.size() <= 3) {
            return missing.stream().map(Period::toString).collect(Collectors.joining(", "));
        }
        return missing.getFirst() + " … " + missing.getLast() + " (" + missing.size() + " periods)";
    }
}
