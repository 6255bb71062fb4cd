package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where a sweep's futures are solved: in this process, or on the members of a compute cluster. Each future needs
 * only the scenario, today's plan, its sample and the settings, and gives back one {@link SampleResult}.
 */
public interface SweepEngine {

    /**
     * Solves every sample once, handing each result on as it finishes (in any order), until all are done or
     * {@code stop} says so; samples finished by then are kept.
     */
    void run(Scenario base, Plan today, List<FutureSample> samples, SweepSettings settings,
            Consumer<SampleResult> onResult, BooleanSupplier stop) throws InterruptedException;
}
