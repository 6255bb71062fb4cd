package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.plan.Candidate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Which candidate pools the Explanations sheet shows for a workload: what a planner reads (where it went, the
 * best alternatives, the first rule that blocks each), never every pool; the JSON plan keeps them all. The sheet
 * stays far below Excel's row limit whatever the plan's size.
 */
final class ExplanationRows {

    /** Candidate rows per workload: its pools, then the cheapest that fit, then the cheapest blocked. */
    static final int TOP_CANDIDATES = 5;

    /** Chosen pools first, then pools that fit (cheapest first), then blocked ones (cheapest first). */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing((Candidate c) -> !c.chosen())
            .thenComparing(c -> !c.isFeasible())
            .thenComparing(Candidate::costUsd, Comparator.nullsLast(Comparator.naturalOrder()));

    private ExplanationRows() {
    }

    /** Fewer candidates each when the workloads are so many that five each would not fit on one sheet. */
    static int perWorkload(int workloads) {
        int rowsFree = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
        return Math.clamp(rowsFree / Math.max(1, workloads), 1, TOP_CANDIDATES);
    }

    static List<Candidate> topCandidates(List<Candidate> candidates, int limit) {
        return candidates.stream().sorted(BEST_FIRST).limit(limit).toList();
    }
}
