package com.capacityworkbench.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The solver's view of a scenario: shards to place on pools. Score levels, most important first:
 * hard rules; then soft levels unplaced demand, first refusal (strict), dollars, latency, provider share
 * (see {@link com.capacityworkbench.solver.score.ScoreLevels}).
 */
@PlanningSolution(solutionCloner = PlacementSolutionCloner.class)
public class PlacementSolution {

    private String scenarioName;

    @ProblemFactCollectionProperty
    private List<PlacementPool> pools;

    @ProblemFactCollectionProperty
    private List<PlacementSite> sites;

    @ProblemFactProperty
    private PlacementPolicy policy;

    @PlanningEntityCollectionProperty
    private List<Shard> shards;

    private ConstraintWeightOverrides<BendableScore> constraintWeightOverrides;

    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 5)
    private @Nullable BendableScore score;

    @SuppressWarnings("unused") // for the solution cloner
    PlacementSolution() {
    }

    public PlacementSolution(String scenarioName, List<PlacementPool> pools, List<PlacementSite> sites,
            PlacementPolicy policy, List<Shard> shards, ConstraintWeightOverrides<BendableScore> weights) {
        this.scenarioName = scenarioName;
        this.pools = List.copyOf(pools);
        this.sites = List.copyOf(sites);
        this.policy = policy;
        this.shards = new java.util.ArrayList<>(shards);
        this.constraintWeightOverrides = weights;
    }

    /** A copy with these shards and everything else shared, for {@link PlacementSolutionCloner}. */
    PlacementSolution withShards(List<Shard> copies) {
        PlacementSolution copy = new PlacementSolution();
        copy.scenarioName = scenarioName;
        copy.pools = pools;
        copy.sites = sites;
        copy.policy = policy;
        copy.shards = copies;
        copy.constraintWeightOverrides = constraintWeightOverrides;
        copy.score = score;
        return copy;
    }

    public String getScenarioName() {
        return scenarioName;
    }

    public List<PlacementPool> getPools() {
        return pools;
    }

    public List<PlacementSite> getSites() {
        return sites;
    }

    public PlacementPolicy getPolicy() {
        return policy;
    }

    public List<Shard> getShards() {
        return shards;
    }

    public ConstraintWeightOverrides<BendableScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<BendableScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public @Nullable BendableScore getScore() {
        return score;
    }

    public void setScore(@Nullable BendableScore score) {
        this.score = score;
    }
}
