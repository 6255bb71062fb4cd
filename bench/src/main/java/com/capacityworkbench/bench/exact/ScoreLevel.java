package com.capacityworkbench.bench.exact;

import com.capacityworkbench.solver.score.ScoreLevels;

/** The solver's soft levels, most important first, as the exact reference optimises them one after another. */
public enum ScoreLevel {
    UNPLACED(ScoreLevels.UNPLACED, "unplaced demand"),
    FIRST_REFUSAL(ScoreLevels.FIRST_REFUSAL, "first refusal (strict)"),
    COST(ScoreLevels.COST, "cost"),
    LATENCY(ScoreLevels.LATENCY, "latency"),
    PROVIDER_SHARE(ScoreLevels.PROVIDER_SHARE, "provider share");

    private final int softIndex;
    private final String label;

    ScoreLevel(int softIndex, String label) {
        this.softIndex = softIndex;
        this.label = label;
    }

    /** Index in {@code BendableScore.softScore(int)}. */
    public int softIndex() {
        return softIndex;
    }

    public String label() {
        return label;
    }
}
