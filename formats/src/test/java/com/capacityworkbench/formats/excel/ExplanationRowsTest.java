package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationRowsTest {

    @Test
    void showsTheChosenPoolsThenTheCheapestThatFitThenTheCheapestBlocked() {
        List<Candidate> candidates = List.of(
                candidate("blocked-cheap", 10.0, "Capacity", false),
                candidate("fits-dear", 900.0, null, false),
                candidate("blocked-unpriced", null, "Compatibility", false),
                candidate("chosen", 500.0, null, true),
                candidate("fits-cheap", 300.0, null, false),
                candidate("blocked-dear", 800.0, "Power", false),
                candidate("blocked-mid", 50.0, "Residency", false));

        assertThat(ExplanationRows.topCandidates(candidates, 5)).extracting(Candidate::pool)
                .containsExactly("chosen", "fits-cheap", "fits-dear", "blocked-cheap", "blocked-mid");
    }

    @Test
    void fewerCandidatesPerWorkloadOnlyWhenFiveEachWouldPassTheRowLimit() {
        assertThat(ExplanationRows.perWorkload(20_000)).isEqualTo(5);
        assertThat(ExplanationRows.perWorkload(209_715)).isEqualTo(5);
        assertThat(ExplanationRows.perWorkload(300_000)).isEqualTo(3);
        assertThat(ExplanationRows.perWorkload(2_000_000)).isEqualTo(1);
    }

    private static Candidate candidate(String pool, Double cost, String rule, boolean chosen) {
        return new Candidate(pool, "site", "provider", cost, rule, rule == null ? null : rule + ": blocked", chosen);
    }
}
