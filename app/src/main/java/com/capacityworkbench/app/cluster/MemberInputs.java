package com.capacityworkbench.app.cluster;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.service.SolverService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a member keeps between the futures it solves: the sweeps' scenarios and plans, read once per sweep (a
 * 20,000-workload scenario takes seconds to read), and one solver service.
 */
final class MemberInputs {

    /** A sweep's scenario and today's plan, read. */
    record Inputs(Scenario scenario, Plan today) {
    }

    /** Sweeps remembered; the oldest is dropped beyond this (a member serves one sweep at a time in practice). */
    private static final int SWEEPS = 2;

    private static final Map<String, Inputs> READ = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Inputs> eldest) {
            return size() > SWEEPS;
        }
    };

    private static SolverService solver;

    private MemberInputs() {
    }

    static synchronized Inputs of(String key, String scenarioJson, String planJson) throws Exception {
        Inputs inputs = READ.get(key);
        if (inputs == null) {
            inputs = FutureTask.read(scenarioJson, planJson);
            READ.put(key, inputs);
        }
        return inputs;
    }

    static synchronized SolverService solver() {
        if (solver == null) {
            solver = new SolverService();
        }
        return solver;
    }
}
