package com.capacityworkbench.solver.compare;

import static com.capacityworkbench.solver.compare.CompareFixture.base;
import static com.capacityworkbench.solver.compare.CompareFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlanOrigin;
import com.capacityworkbench.model.compare.SeedRun;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KpiTableTest {

    private static KpiRow row(List<KpiRow> rows, String kpi) {
        return rows.stream().filter(r -> r.kpi().equals(kpi)).findFirst().orElseThrow();
    }

    @Test
    void rowsReadEachPlansKpisAndMarkTheBestColumn() {
        Scenario base = base();
        Plan cheap = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "campus-h100"), on("batch-d", null)));
        Plan dear = PlanEvaluator.evaluate(base, List.of(on("train-a", "aws-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        List<KpiRow> rows = KpiTable.rows(List.of(
                new ComparedPlan("base", "Base", base, cheap, List.of(), List.of()),
                new ComparedPlan("v", "Dear", base, dear, List.of(), List.of())));

        KpiRow total = row(rows, "Total cost");
        assertThat(total.values()).containsExactly(cheap.kpis().totalCostUsd(), dear.kpis().totalCostUsd());
        assertThat(total.bestColumn()).isZero();
        assertThat(total.deltaFromBase(1)).isCloseTo(dear.kpis().totalCostUsd() - cheap.kpis().totalCostUsd(),
                Offset.offset(1e-6));
        assertThat(total.deltaPctFromBase(1)).isPositive();

        KpiRow honoured = row(rows, "Honoured on the primary");
        assertThat(honoured.values()).containsExactly(1.0, 0.0);
        assertThat(honoured.bestColumn()).as("higher is better").isZero();
        assertThat(row(rows, "Sent elsewhere").values()).containsExactly(0.0, 1.0);

        KpiRow unplaced = row(rows, "Unplaced demand");
        assertThat(unplaced.values()).containsExactly(5000.0, 5000.0);
        assertThat(unplaced.bestColumn()).as("a tie has no best").isNull();

        assertThat(row(rows, "AWS").group()).isEqualTo("Provider share");
        assertThat(row(rows, "AWS").bestColumn()).as("shares have no better side").isNull();
        assertThat(rows).extracting(KpiRow::kpi).contains("Compute cost", "Egress cost", "Energy cost",
                "Porting cost", "Carbon cost", "Idle committed capacity", "Emissions", "Latency misses",
                "Broken hard rules", "Unplaced workloads");
    }

    @Test
    void theBestMarkNeverGoesToAPlanThatLeavesMoreUnplacedOrBreaksMoreRules() {
        Scenario base = base();
        Plan cheap = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "campus-h100"), on("batch-d", null)));
        Plan doesLess = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", null), on("batch-d", null)));
        Plan dear = PlanEvaluator.evaluate(base, List.of(on("train-a", "aws-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        assertThat(doesLess.kpis().totalCostUsd()).as("cheapest of the three").isLessThan(cheap.kpis().totalCostUsd());

        List<KpiRow> rows = KpiTable.rows(List.of(
                new ComparedPlan("base", "Base", base, cheap, List.of(), List.of()),
                new ComparedPlan("less", "Does less", base, doesLess, List.of(), List.of()),
                new ComparedPlan("dear", "Dear", base, dear, List.of(), List.of())));

        assertThat(row(rows, "Total cost").bestColumn()).as("cheapest of the plans that place as much").isZero();
        assertThat(row(rows, "Unplaced demand").bestColumn()).isZero();
        assertThat(rows).extracting(KpiRow::bestColumn).as("no row calls the plan that does less the best")
                .doesNotContain(1);
    }

    @Test
    void spreadsAreMaxMinusMinOverSeedsZeroWhenProvenAndUnknownAfterOneSolve() {
        Scenario base = base();
        Plan cheap = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "campus-h100"), on("batch-d", null)));
        Plan dear = PlanEvaluator.evaluate(base, List.of(on("train-a", "aws-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        PlanQuality proven = new PlanQuality(List.of(new LevelQuality(PlanLevel.COST, 1, 1.0, true, false, null)), 1, 0);
        ComparedPlan twoSeeds = new ComparedPlan("base", "Base", base, cheap, List.of(), List.of(),
                List.of(seed(0, cheap, null), seed(1, dear, null)), PlanOrigin.SOLVED);
        ComparedPlan provenPlan = new ComparedPlan("p", "Proven", base, dear, List.of(), List.of(),
                List.of(seed(0, dear, proven), seed(1, cheap, null)), PlanOrigin.SOLVED);
        ComparedPlan oneSeed = new ComparedPlan("o", "Once", base, dear, List.of(), List.of(),
                List.of(seed(0, dear, null)), PlanOrigin.SOLVED);

        KpiRow total = row(KpiTable.rows(List.of(twoSeeds, provenPlan, oneSeed)), "Total cost");

        double range = dear.kpis().totalCostUsd() - cheap.kpis().totalCostUsd();
        assertThat(total.spread(0)).isCloseTo(range, Offset.offset(1e-6));
        assertThat(total.spread(1)).isZero();
        assertThat(total.spread(2)).isNull();
        assertThat(total.withinNoise(1)).as("the whole difference is the base's spread").isTrue();
        assertThat(total.withinNoise(2)).isTrue();
    }

    private static SeedRun seed(long seed, Plan plan, PlanQuality quality) {
        return new SeedRun(seed, plan.score(), plan.kpis(), quality);
    }
}
