package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.portfolio.SampleResult;

/** Hears of each future as it finishes (on the sweep's thread; a GUI marshals to its own). */
public interface SweepListener {

    void onSample(SampleResult result, int finished, int total);

    SweepListener NONE = (result, finished, total) -> {
    };
}
