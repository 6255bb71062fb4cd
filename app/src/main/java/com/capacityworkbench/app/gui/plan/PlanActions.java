package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.model.plan.Shortfall;

/** What the Plan screen can change in the scenario: the edits it asks for, made elsewhere (undoable). */
public interface PlanActions {

    /** Rules the pool out for the workload; false when nothing changed. */
    boolean excludePool(String workload, String pool);

    /** Makes a what-if variant that gives the pool and its site what the workload lacks there, and shows it. */
    void tryShortfall(String workload, Shortfall shortfall);
}
