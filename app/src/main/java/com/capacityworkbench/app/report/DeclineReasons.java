package com.capacityworkbench.app.report;

import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.solver.rules.HardRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why the primary declined first-refusal workloads, grouped: how many workloads each reason kept off it. The
 * explanations name each reason once per workload with its label ("Capacity: pool … full in 2027-Q4"), so a
 * workload counts once under every reason its explanation gives.
 */
final class DeclineReasons {

    /** A reason and the workloads it kept off the primary. */
    record Reason(String label, List<String> workloads) {
    }

    private DeclineReasons() {
    }

    /** The reasons that occur, most frequent first. */
    static List<Reason> of(List<WorkloadExplanation> explanations) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("Room", "the primary had room (solve longer or place by hand)");
        labels.put("Cost", "dearer on the primary");
        for (HardRule rule : HardRule.values()) {
            labels.put(rule.label(), rule.label().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (WorkloadExplanation e : explanations) {
            if (e.primaryDeclined() == null) {
                continue;
            }
            labels.forEach((key, label) -> {
                if (e.primaryDeclined().contains(key + ": ")) {
                    byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(e.workload());
                }
            });
        }
        List<Reason> reasons = new ArrayList<>();
        byLabel.forEach((label, workloads) -> reasons.add(new Reason(label, List.copyOf(workloads))));
        reasons.sort((a, b) -> Integer.compare(b.workloads().size(), a.workloads().size()));
        return reasons;
    }
}
