package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import com.capacityworkbench.model.portfolio.SampleDesign;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A scenario portfolio: futures drawn from the uncertainty model, each solved from today's plan on an engine, and
 * summed up. The same model, plan, settings and seed give the same result on any engine when the settings limit
 * each solve by moves.
 */
public final class Sweep {

    private Sweep() {
    }

    public static SweepResult run(Scenario base, Plan today, UncertaintyModel model, SweepSettings settings,
            SweepEngine engine, SweepListener listener, BooleanSupplier stop) throws InterruptedException {
        List<FutureSample> samples = SampleDesign.draw(model, settings.samples(), settings.seed());
        List<SampleResult> finished = Collections.synchronizedList(new ArrayList<>());
        engine.run(base, today, samples, settings, result -> {
            finished.add(result);
            listener.onSample(result, finished.size(), samples.size());
        }, stop);
        return SweepResult.of(model, settings, List.copyOf(finished), finished.size() == samples.size());
    }
}
