package com.capacityworkbench.bench.report;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.LevelOutcome;
import com.capacityworkbench.bench.exact.ScoreLevel;
import com.capacityworkbench.bench.measure.ExactMeasurement;
import com.capacityworkbench.bench.measure.PlanCosts;
import com.capacityworkbench.bench.measure.SolverMeasurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Purchase cases seed by seed: the solver's final plan against the exact reference on the levels above cost, the
 * cost level against the reference's proven bound, and the dollars a planner reads (what is bought, the total cost).
 */
final class PurchaseTable {

    private PurchaseTable() {
    }

    static String markdown(List<CaseResults> cases) {
        List<CaseResults> purchaseCases = cases.stream().filter(PurchaseTable::buys).toList();
        if (purchaseCases.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n### Purchase cases: the final plan against the exact reference\n\n");
        out.append("| case | seed | unplaced: solver · reference (bound) | cost level: solver · reference (bound) |"
                + " gap to exact | purchases: solver · reference | total cost: solver · reference |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (CaseResults r : purchaseCases) {
            List<Double> totalGaps = new ArrayList<>();
            for (SolverMeasurement m : r.solves) {
                ExactMeasurement e = r.exactFor(m.seed());
                BendableScore s = BendableScore.parseScore(m.finalScore());
                out.append("| ").append(r.caseId()).append(" | ").append(m.seed()).append(" | ")
                        .append(level(s, e, ScoreLevel.UNPLACED)).append(" | ")
                        .append(level(s, e, ScoreLevel.COST)).append(" | ")
                        .append(e == null ? "–" : ExactGap.of(s, e.levels()).toString().replace("worse ", ""))
                        .append(" | ").append(dollars(m.costs(), e, true)).append(" | ")
                        .append(dollars(m.costs(), e, false)).append(" |\n");
                if (e != null && m.costs() != null && e.costs() != null) {
                    totalGaps.add(relative(m.costs().totalCostUsd(), e.costs().totalCostUsd()));
                }
            }
            if (!totalGaps.isEmpty()) {
                out.append(String.format(Locale.US, "| %s | median | | | | | %+.2f %% (%+.2f … %+.2f %%) |%n", r.caseId(),
                        Statistics.median(totalGaps) * 100,
                        totalGaps.stream().mapToDouble(d -> d).min().orElse(0) * 100,
                        totalGaps.stream().mapToDouble(d -> d).max().orElse(0) * 100));
            }
        }
        return out.toString();
    }

    private static boolean buys(CaseResults r) {
        return r.solves.stream().anyMatch(m -> m.costs() != null && m.costs().purchaseUsd() > 0)
                || r.exact.stream().anyMatch(e -> e.costs() != null && e.costs().purchaseUsd() > 0);
    }

    private static String level(BendableScore solver, ExactMeasurement e, ScoreLevel level) {
        String mine = ScoreText.amount(level, -solver.softScore(level.softIndex()));
        if (e == null) {
            return mine;
        }
        LevelOutcome ref = e.levels().stream().filter(l -> l.level() == level).findFirst().orElseThrow();
        return mine + " · " + ScoreText.amount(level, ref.objective()) + " ("
                + (ref.proven() ? "proven" : ScoreText.amount(level, ref.bound())) + (ref.conditional() ? ", conditional" : "")
                + ")";
    }

    private static String dollars(PlanCosts solver, ExactMeasurement e, boolean purchases) {
        if (solver == null) {
            return "–";
        }
        double mine = purchases ? solver.purchaseUsd() : solver.totalCostUsd();
        if (e == null || e.costs() == null) {
            return millions(mine);
        }
        double ref = purchases ? e.costs().purchaseUsd() : e.costs().totalCostUsd();
        return String.format(Locale.US, "%s · %s (%+.2f %%)", millions(mine), millions(ref), relative(mine, ref) * 100);
    }

    private static double relative(double value, double reference) {
        return reference == 0 ? (value == 0 ? 0 : Double.POSITIVE_INFINITY) : (value - reference) / reference;
    }

    private static String millions(double usd) {
        return String.format(Locale.US, "$%,.1fM", usd / 1e6);
    }
}
