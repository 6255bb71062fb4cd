package com.capacityworkbench.app.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.cli.fuzz.ValidateThenSolve.Outcomes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property that cannot regress (issue #15): any file {@code validate} accepts, {@code solve} handles, with exit 0
 * or 3 and never a stack trace. The build runs 300 seeded mutated scenarios, JSON and Excel; the large run takes
 * more: {@code mvn -B -o -pl app -am test -Dtest=ValidatedFilesSolveTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.cases=10000} (and {@code -Dfuzz.seed=S} for other cases).
 */
class ValidatedFilesSolveTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 15);
    /** Enough for a construction and some local search; a case then takes a tenth of a second or so. */
    private static final long MOVES = 300;

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileThatValidatesIsSolved() throws Exception {
        Outcomes outcomes = new ValidateThenSolve(dir, MOVES).run(CASES, SEED);
        System.out.println("fuzz, seed " + SEED + ": " + outcomes);

        assertThat(outcomes.crashes()).isEmpty();
        // Both sides of validation are exercised: the mutations are neither all harmless nor all refused.
        assertThat(outcomes.validated()).isGreaterThan(CASES / 5);
        assertThat(outcomes.rejected()).isGreaterThan(CASES / 5);
        assertThat(outcomes.feasible() + outcomes.infeasible()).isEqualTo(outcomes.validated());
    }
}
