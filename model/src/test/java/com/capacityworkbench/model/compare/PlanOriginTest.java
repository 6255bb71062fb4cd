package com.capacityworkbench.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanOriginTest {

    @Test
    void saysWhereTheShownPlanComesFrom() {
        assertThat(PlanOrigin.SOLVED.describe()).isEqualTo("Its own solve");
        assertThat(PlanOrigin.SOLVED.isOwnSolve()).isTrue();
        assertThat(PlanOrigin.SOLVED.withPlacementsTaken(2).describe())
                .isEqualTo("Its own solve, 2 placements taken from the other plans");
        PlanOrigin adopted = PlanOrigin.adopted("azure-premium", "Azure-first as a premium");
        assertThat(adopted.describe()).isEqualTo("The plan of Azure-first as a premium (better here)");
        assertThat(adopted.withPlacementsTaken(1).describe())
                .isEqualTo("The plan of Azure-first as a premium (better here), 1 placement taken from the other plans");
        assertThat(adopted.isOwnSolve()).isFalse();
    }
}
