package com.capacityworkbench.bench.report;

import com.capacityworkbench.bench.measure.BaselineMeasurement;
import com.capacityworkbench.bench.measure.ExactMeasurement;
import com.capacityworkbench.bench.measure.SolverMeasurement;
import java.util.ArrayList;
import java.util.List;

/** Everything measured on one case, over its seeds. */
public final class CaseResults {

    private final String caseId;
    final List<SolverMeasurement> solves = new ArrayList<>();
    final List<BaselineMeasurement> greedy = new ArrayList<>();
    final List<ExactMeasurement> exact = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    public CaseResults(String caseId) {
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }

    public void add(SolverMeasurement m) {
        solves.add(m);
    }

    public void add(BaselineMeasurement m) {
        greedy.add(m);
    }

    public void add(ExactMeasurement m) {
        exact.add(m);
    }

    public void failed(String what) {
        failures.add(what);
    }

    BaselineMeasurement greedyFor(long seed) {
        return greedy.stream().filter(g -> g.seed() == seed).findFirst().orElse(null);
    }

    ExactMeasurement exactFor(long seed) {
        return exact.stream().filter(e -> e.seed() == seed).findFirst().orElse(null);
    }
}
