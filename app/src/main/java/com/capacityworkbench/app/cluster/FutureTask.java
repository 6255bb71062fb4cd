package com.capacityworkbench.app.cluster;

import com.capacityworkbench.formats.json.JsonText;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.solver.portfolio.FutureSolve;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepSettings;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * One future of a sweep as a cluster member receives it: the scenario and today's plan as JSON text (the same for
 * every future of the sweep, so a member reads them once, {@link MemberInputs}), the sample's drawn values and its
 * changes as a variant, and the solve settings. Never solver objects: each member builds its own solver.
 */
record FutureTask(String inputsKey, String scenarioJson, String planJson, int index, Map<String, Double> values,
        String variantJson, String mode, double secondsPerSample, @Nullable Long moveLimit, long seed, int samples)
        implements Callable<SampleResult>, Serializable {

    FutureTask {
        values = new LinkedHashMap<>(values);
    }

    static FutureTask of(String inputsKey, String scenarioJson, String planJson, FutureSample sample,
            SweepSettings settings) {
        try {
            return new FutureTask(inputsKey, scenarioJson, planJson, sample.index(), sample.values(),
                    JsonText.write(sample.variant()), settings.mode().name(), settings.secondsPerSample(),
                    settings.moveLimit(), settings.seed(), settings.samples());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("sample " + (sample.index() + 1) + " cannot be sent: "
                    + JsonText.problem(e), e);
        }
    }

    @Override
    public SampleResult call() throws Exception {
        MemberInputs.Inputs inputs = MemberInputs.of(inputsKey, scenarioJson, planJson);
        Variant variant = JsonText.read(variantJson, Variant.class);
        FutureSample sample = new FutureSample(index, values, variant.changes());
        SweepSettings settings = new SweepSettings(samples, seed, SweepMode.valueOf(mode), secondsPerSample, moveLimit);
        return FutureSolve.run(MemberInputs.solver(), inputs.scenario(), inputs.today(), sample, settings);
    }

    /** Reads the sweep's scenario and plan; called once per member and sweep. */
    static MemberInputs.Inputs read(String scenarioJson, String planJson) throws Exception {
        return new MemberInputs.Inputs(JsonText.read(scenarioJson, Scenario.class), JsonText.read(planJson, Plan.class));
    }
}
