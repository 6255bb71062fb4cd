package com.capacityworkbench.solver.purchase;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Site;

/** The pools a build-out step houses: their ids and how many accelerators its megawatts run. */
final class BuildOutPools {

    private BuildOutPools() {
    }

    /** "abilene-step-2:gb200": the step's pool of one accelerator type. */
    static String poolId(BuildOut step, String accelerator) {
        return step.id() + ":" + accelerator;
    }

    /** Accelerators of the type the step's megawatts run, with the host overhead and the campus's PUE. */
    static int acceleratorsRun(BuildOut step, AcceleratorType type, Site campus, double hostOverheadFraction) {
        double wattsEach = type.tdpW() * (1 + hostOverheadFraction) * campus.pue();
        return wattsEach <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.floor(step.megawatts() * 1e6 / wattsEach));
    }
}
