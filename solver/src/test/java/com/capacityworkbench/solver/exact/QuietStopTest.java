package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A search that has stopped improving ends before its limits; one still improving does not. */
class QuietStopTest {

    private static final long SECOND = 1_000_000_000L;

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }

    @Test
    void isDueOnlyAfterItsTimeAndItsShareOfTheSearch() {
        QuietStop stop = new QuietStop(0.3, 0.5);

        assertThat(stop.due(SECOND / 4, SECOND / 4)).as("quiet for less than 0.3 s").isFalse();
        assertThat(stop.due(SECOND / 2, 3 * SECOND / 10)).as("0.3 s quiet of 0.5 s").isTrue();
        assertThat(stop.due(2 * SECOND, SECOND / 2)).as("improved half way through").isFalse();
        assertThat(stop.due(2 * SECOND, SECOND)).as("quiet for the second half").isTrue();
        assertThat(QuietStop.NEVER.due(100 * SECOND, 100 * SECOND)).isFalse();
    }

    @Test
    void rejectsAShareOfTheWholeSearchOrMore() {
        assertThatThrownBy(() -> new QuietStop(0.3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share");
        assertThatThrownBy(() -> new QuietStop(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A market-split program (Cornuéjols and Dawande): split 36 weights into halves on six rows at once. Good splits
     * come at once; proving the best one takes a branch-and-bound search far longer than its minute's limit. With a
     * quiet stop the search ends within seconds, with the best split it found.
     */
    @Test
    void endsASearchThatHasStoppedImprovingLongBeforeItsLimit() {
        MarketSplit split = MarketSplit.of(6, 36, new SplittableRandom(7));
        CpSolver solver = searchFor(60);

        CpSolverStatus status = SearchStopper.solve(solver, split.model(), () -> false, new QuietStop(0.2, 0.5));

        assertThat(status).isEqualTo(CpSolverStatus.FEASIBLE);
        assertThat(solver.wallTime()).as("seconds searched of 60").isLessThan(20);
        assertThat(solver.objectiveValue()).as("the split found, against the start's").isLessThan(split.start());
    }

    private static CpSolver searchFor(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(1).setRandomSeed(1);
        return solver;
    }

    /**
     * Rows of weights 0-99 over 0/1 choices, each to sum to half its total; the objective is how far they miss, and the
     * hint (every choice 0) misses each row by half its total.
     *
     * @param start the objective at the hint
     */
    private record MarketSplit(CpModel model, long start) {

        static MarketSplit of(int rows, int choices, SplittableRandom random) {
            CpModel model = new CpModel();
            IntVar[] x = new IntVar[choices];
            for (int i = 0; i < choices; i++) {
                x[i] = model.newBoolVar("x" + i);
                model.addHint(x[i], 0);
            }
            LinearExprBuilder miss = LinearExpr.newBuilder();
            long start = 0;
            for (int r = 0; r < rows; r++) {
                LinearExprBuilder row = LinearExpr.newBuilder();
                long total = 0;
                for (int i = 0; i < choices; i++) {
                    int weight = random.nextInt(100);
                    row.addTerm(x[i], weight);
                    total += weight;
                }
                IntVar over = model.newIntVar(0, total, "over" + r);
                IntVar under = model.newIntVar(0, total, "under" + r);
                model.addEquality(row.add(under).addTerm(over, -1), total / 2);
                model.addHint(under, total / 2);
                model.addHint(over, 0);
                miss.add(over).add(under);
                start += total / 2;
            }
            model.minimize(miss);
            return new MarketSplit(model, start);
        }
    }
}
