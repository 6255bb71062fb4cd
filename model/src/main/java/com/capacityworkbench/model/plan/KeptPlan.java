package com.capacityworkbench.model.plan;

/**
 * A plan saved beside its scenario file and the scenario it was solved for, by digest: on reopen the plan is
 * shown again, and marked stale when the scenario no longer is the one it was solved for.
 *
 * @param scenarioDigest {@link com.capacityworkbench.formats.io.ScenarioDigest} of the solved scenario
 */
public record KeptPlan(Plan plan, SolveSettings settings, String scenarioDigest) {
}
