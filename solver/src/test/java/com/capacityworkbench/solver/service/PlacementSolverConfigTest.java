package com.capacityworkbench.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.exact.ExactSearchListener;
import com.capacityworkbench.solver.move.OfferReleaseMoves;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How a solve spends its local search: which moves, and for how long, on plans that may buy and on the others. */
class PlacementSolverConfigTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void aSolveThatMayBuyReleasesBoughtCapacityAndSearchesLocallyLonger() throws Exception {
        SolverConfig config = config(PurchasableCapacity.expand(Solving.sample("frontier-2028-buy.json")));

        assertThat(moveSources(config)).contains(OfferReleaseMoves.class);
        assertThat(ruinsAndRecreates(config)).as("releases move work off bought pools instead").isFalse();
        assertThat(localSearch(config).getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void aPlainSolveOfTheSameScenarioBuysNothingAndKeepsTheUsualShare() throws Exception {
        SolverConfig config = config(Solving.sample("frontier-2028-buy.json"));

        assertThat(moveSources(config)).doesNotContain(OfferReleaseMoves.class);
        assertThat(ruinsAndRecreates(config)).isTrue();
        assertThat(localSearch(config).getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aScenarioWithNothingToBuyHasNoReleases() throws Exception {
        SolverConfig config = config(Solving.sample("frontier-2027.json"));

        assertThat(moveSources(config)).doesNotContain(OfferReleaseMoves.class).isNotEmpty();
    }

    @Test
    void aMoveLimitEndsTheLocalSearchAloneSoThePhasesAfterItStillRun() throws Exception {
        SolveRequest request = new SolveRequest(Solving.sample("frontier-2027.json"), null, MINUTE, null, 20_000L, 1);
        SolverConfig config = PlacementSolverConfig.of(request, true,
                PlacementSolverConfig.ExactPhases.of(request, System.nanoTime(), new Unheard()));

        assertThat(config.getTerminationConfig().getMoveCountLimit()).isNull();
        assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(MINUTE);
        assertThat(localSearch(config).getTerminationConfig().getMoveCountLimit()).isEqualTo(20_000L);
        assertThat(config.getPhaseConfigList().getLast()).as("the slices, after the local search")
                .isInstanceOf(CustomPhaseConfig.class);
    }

    private static SolverConfig config(Scenario scenario) {
        SolveRequest request = new SolveRequest(scenario, null, MINUTE, null, null, 1);
        return PlacementSolverConfig.of(request, true, PlacementSolverConfig.ExactPhases.of(request, System.nanoTime(),
                new Unheard()));
    }

    /** The exact search's reports, unread: only the phases' configuration is looked at. */
    private static final class Unheard implements ExactSearchListener {
        @Override
        public void improved(PlacementSolution plan) {
        }

        @Override
        public void bounded(BendableScore plan, int softLevel, long bound, boolean proven, boolean conditional) {
        }

        @Override
        public @Nullable PlacementSolution bestSoFar() {
            return null;
        }

        @Override
        public void provenOptimal() {
        }
    }

    private static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(LocalSearchPhaseConfig.class::cast).findFirst().orElseThrow();
    }

    private static boolean ruinsAndRecreates(SolverConfig config) {
        return moveSelectors(config).stream().anyMatch(RuinRecreateMoveSelectorConfig.class::isInstance);
    }

    private static List<MoveSelectorConfig> moveSelectors(SolverConfig config) {
        return ((UnionMoveSelectorConfig) localSearch(config).getMoveSelectorConfig()).getMoveSelectorList();
    }

    private static List<Class<?>> moveSources(SolverConfig config) {
        return moveSelectors(config).stream().filter(MoveIteratorFactoryConfig.class::isInstance)
                .map(MoveIteratorFactoryConfig.class::cast)
                .<Class<?>>map(MoveIteratorFactoryConfig::getMoveIteratorFactoryClass).toList();
    }
}
