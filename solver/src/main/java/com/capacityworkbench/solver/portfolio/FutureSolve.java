package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import com.capacityworkbench.model.variant.VariantResolver;
import com.capacityworkbench.solver.compare.PlanRows;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.util.List;

/**
 * One future of a sweep: the base with the sample's changes, solved from today's plan as the mode says, and read
 * against today's plan. Needs only the scenario, today's plan and the sample, so any machine can run it.
 */
public final class FutureSolve {

    private FutureSolve() {
    }

    public static SampleResult run(SolverService solver, Scenario base, Plan today, FutureSample sample,
            SweepSettings settings) throws InterruptedException {
        Scenario future = future(base, sample);
        Plan warmStart = settings.mode() == SweepMode.STRESS
                ? PlanUnderStress.warmStart(future, today)
                : today.withAssignments(PlanRows.into(future, today.assignments()));
        long start = System.nanoTime();
        Plan plan = solver.start(new SolveRequest(future, warmStart, settings.perSample(), null, settings.moveLimit(),
                settings.seed() + sample.index()), SolveListener.NONE).awaitPlan();
        return SampleResult.of(sample.index(), sample.values(), today, plan, (System.nanoTime() - start) / 1e9);
    }

    /** The base as the sample has it (a change whose target is gone is left out, as in any variant). */
    static Scenario future(Scenario base, FutureSample sample) {
        return new VariantResolver(base.withVariants(List.of()), List.of(sample.variant()))
                .resolve(sample.variant().id()).scenario();
    }
}
