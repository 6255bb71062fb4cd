package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonSummaryTest {

    private static String print(List<KpiRow> rows, Map<String, List<PlacementChange>> changes) throws Exception {
        Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json"));
        Plan plan = PlanEvaluator.evaluate(tiny, List.of(), PlanEvaluator.Detail.LIGHT);
        Comparison comparison = new Comparison(List.of(
                new ComparedPlan("base", "Tiny", tiny, plan, List.of(), List.of()),
                new ComparedPlan("v", "Cheaper", tiny, plan, List.of("Price of pool x × 0.80 (-20 %)"), List.of()),
                new ComparedPlan("w", "Dearer", tiny, plan, List.of("Price of pool x × 2.00 (+100 %)"), List.of())),
                rows, changes);
        StringWriter text = new StringWriter();
        ComparisonSummary.print(comparison, new PrintWriter(text, true));
        return text.toString();
    }

    @Test
    void aDifferenceWithinSolverNoiseIsMarkedAndTheRowsSpreadShown() throws Exception {
        String text = print(List.of(new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER,
                List.of(1_000_000.0, 980_000.0, 1_500_000.0), 1, List.of(30_000.0, 10_000.0, 0.0))), Map.of());

        String total = text.lines().filter(l -> l.startsWith("Total cost")).findFirst().orElseThrow();
        assertThat(total).contains("$980k -2%~*", "$1.5M +50%").doesNotContain("+50%~").endsWith("$30k");
        assertThat(text).contains("~ difference within solver noise")
                .contains("Committed and self-built capacity is paid whether used or not: the total cost leaves it out");
    }

    @Test
    void anUnknownSpreadIsAQuestionMarkOrALowerBound() throws Exception {
        String unknown = print(List.of(new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER,
                List.of(1.0, 2.0, 3.0), null)), Map.of());
        assertThat(unknown.lines().filter(l -> l.startsWith("Total cost")).findFirst().orElseThrow()).endsWith("?");
        String partly = print(List.of(new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER,
                List.of(1.0, 2.0, 3.0), null, List.of(5.0, Double.NaN, 0.0))), Map.of());
        assertThat(partly.lines().filter(l -> l.startsWith("Total cost")).findFirst().orElseThrow()).endsWith("≥ $5");
    }

    @Test
    void movesSayHowManyAChangeCaused() throws Exception {
        String text = print(List.of(), Map.of("v", List.of(
                new PlacementChange("a", PlacementChangeKind.MOVED, "p", "q", 10, PlacementCause.WORTH_IT,
                        "Price of pool x × 0.80 (-20 %): the move saves $10 under the variant, not under the base"),
                new PlacementChange("b", PlacementChangeKind.MOVED, "q", "r", 0, PlacementCause.AS_GOOD,
                        "Re-optimised: as good as its base placement under the variant and under the base"))));

        assertThat(text).contains("2 workloads placed differently, 1 of them caused by a change",
                "(Re-optimised: as good as its base placement");
    }
}
