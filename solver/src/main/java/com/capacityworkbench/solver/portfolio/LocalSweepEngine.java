package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import com.capacityworkbench.solver.service.SolverService;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Solves the futures one after another in this process (a solve already keeps a core busy). */
public final class LocalSweepEngine implements SweepEngine {

    @Override
    public void run(Scenario base, Plan today, List<FutureSample> samples, SweepSettings settings,
            Consumer<SampleResult> onResult, BooleanSupplier stop) throws InterruptedException {
        try (SolverService solver = new SolverService()) {
            for (FutureSample sample : samples) {
                if (stop.getAsBoolean()) {
                    return;
                }
                onResult.accept(FutureSolve.run(solver, base, today, sample, settings));
            }
        }
    }
}
