package com.capacityworkbench.app.report;

import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.scenario.Scenario;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a deck shows: the scenario and its plan, optionally the comparison of its variants, its sweep and the pictures of the
 * flow and the map, the date it is presented and where the plan came from (for the source line of every chart).
 *
 * @param planSource where the plan comes from, e.g. "plan.json" or "solved for 30 s, seed 0"
 * @param sweep      the scenario portfolio's futures (fan chart, tornado, risks); null leaves them out
 * @param pictures   null leaves the flow and map slides out (no JavaFX to draw them)
 */
public record ReportContent(Scenario scenario, Plan plan, @Nullable Comparison comparison,
                            @Nullable SweepResult sweep, @Nullable PlanPictures pictures, LocalDate date,
                            String planSource) {

    /** "Source: Capacity Workbench, plan of Frontier lab 2027 (plan.json), 2026-12-04." */
    String source() {
        return "Source: Capacity Workbench, plan of " + scenario.name() + " (" + planSource + "), " + date + ".";
    }

    String horizon() {
        return scenario.horizon().first() + " – " + scenario.horizon().last();
    }
}
