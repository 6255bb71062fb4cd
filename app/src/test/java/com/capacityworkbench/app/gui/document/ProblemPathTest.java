package com.capacityworkbench.app.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemPathTest {

    @Test
    void reducesAValidationPathToTheCellItMarks() {
        ProblemPath p = ProblemPath.parse("workloads[12].datasets[0]");

        assertThat(p).isEqualTo(new ProblemPath("workloads", 12, "datasets"));
        assertThat(p.cellKey()).isEqualTo("workloads[12].datasets");
        assertThat(ProblemPath.parse("policies.primaryProvider").cellKey()).isEqualTo("policies.primaryProvider");
        assertThat(ProblemPath.parse("pools[3]").cellKey()).isEqualTo("pools[3]");
    }
}
