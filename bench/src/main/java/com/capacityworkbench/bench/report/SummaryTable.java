package com.capacityworkbench.bench.report;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.LevelOutcome;
import com.capacityworkbench.bench.measure.BaselineMeasurement;
import com.capacityworkbench.bench.measure.ExactMeasurement;
import com.capacityworkbench.bench.measure.SolverMeasurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The run's results as Markdown tables of medians over seeds. */
public final class SummaryTable {

    private static final Comparator<BendableScore> WORST_FIRST = Comparator.naturalOrder();

    private SummaryTable() {
    }

    public static String markdown(List<CaseResults> cases) {
        List<Integer> checkpoints = checkpoints(cases);
        StringBuilder out = new StringBuilder();
        out.append("### Timefold solver (medians over seeds)\n\n");
        out.append("| case | seeds | shards | first plan with no hard violation (s) |");
        checkpoints.forEach(c -> out.append(" best @").append(c).append(" s |"));
        out.append(" moves/s | peak heap in use (MB) |\n|---|---|---|---|");
        checkpoints.forEach(c -> out.append("---|"));
        out.append("---|---|\n");
        for (CaseResults r : cases) {
            if (r.solves.isEmpty()) {
                continue;
            }
            out.append("| ").append(r.caseId()).append(" | ").append(r.solves.size()).append(" | ")
                    .append(r.solves.getFirst().shards()).append(" | ").append(firstFeasible(r.solves)).append(" |");
            for (int c : checkpoints) {
                out.append(' ').append(medianScore(r.solves, c)).append(" |");
            }
            out.append(String.format(Locale.US, " %,.0f | %,.0f (max %,.0f of %,.0f) |%n",
                    Statistics.median(doubles(r.solves, m -> (double) m.movesPerSecond())),
                    Statistics.median(doubles(r.solves, m -> m.peakHeapBytes() / 1e6)),
                    r.solves.stream().mapToDouble(m -> m.peakHeapBytes() / 1e6).max().orElse(0),
                    r.solves.getFirst().maxHeapBytes() / 1e6));
        }
        out.append("\n### Against the greedy baseline and the exact reference (medians over seeds)\n\n");
        out.append("| case | greedy plan |");
        checkpoints.forEach(c -> out.append(" vs greedy @").append(c).append(" s |"));
        out.append(" exact reference (levels proven) |");
        checkpoints.forEach(c -> out.append(" gap to exact @").append(c).append(" s |"));
        out.append("\n|---|---|");
        checkpoints.forEach(c -> out.append("---|"));
        out.append("---|");
        checkpoints.forEach(c -> out.append("---|"));
        out.append('\n');
        for (CaseResults r : cases) {
            out.append("| ").append(r.caseId()).append(" | ").append(greedyText(r.greedy)).append(" |");
            for (int c : checkpoints) {
                out.append(' ').append(versusGreedy(r, c)).append(" |");
            }
            out.append(' ').append(exactText(r.exact)).append(" |");
            for (int c : checkpoints) {
                out.append(' ').append(gapToExact(r, c)).append(" |");
            }
            out.append('\n');
        }
        out.append(PurchaseTable.markdown(cases));
        for (CaseResults r : cases) {
            r.failures.forEach(f -> out.append("\nFailed: ").append(r.caseId()).append(": ").append(f));
        }
        return out.append('\n').toString();
    }

    private static List<Integer> checkpoints(List<CaseResults> cases) {
        TreeSet<Integer> all = new TreeSet<>();
        cases.forEach(r -> r.solves.forEach(m -> all.addAll(m.bestAt().keySet())));
        return new ArrayList<>(all);
    }

    private static String firstFeasible(List<SolverMeasurement> solves) {
        List<Double> times = new ArrayList<>();
        for (SolverMeasurement m : solves) {
            times.add(m.firstFeasibleSeconds() == null ? Double.POSITIVE_INFINITY : m.firstFeasibleSeconds());
        }
        double median = Statistics.median(times);
        return Double.isInfinite(median) ? "none" : String.format(Locale.US, "%.1f", median);
    }

    private static String medianScore(List<SolverMeasurement> solves, int checkpoint) {
        List<BendableScore> scores = new ArrayList<>();
        for (SolverMeasurement m : solves) {
            String s = m.bestAt().get(checkpoint);
            if (s == null || s.isEmpty()) {
                return "no plan yet";
            }
            scores.add(BendableScore.parseScore(s));
        }
        return ScoreText.of(Statistics.lowerMedian(scores, WORST_FIRST));
    }

    private static String greedyText(List<BaselineMeasurement> greedy) {
        if (greedy.isEmpty()) {
            return "–";
        }
        List<BendableScore> scores = greedy.stream().map(g -> BendableScore.parseScore(g.score())).toList();
        boolean allFeasible = greedy.stream().allMatch(BaselineMeasurement::feasible);
        return ScoreText.of(Statistics.lowerMedian(scores, WORST_FIRST)) + (allFeasible ? "" : " (HARD VIOLATION)");
    }

    private static String versusGreedy(CaseResults r, int checkpoint) {
        List<Verdict> verdicts = new ArrayList<>();
        for (SolverMeasurement m : r.solves) {
            BaselineMeasurement g = r.greedyFor(m.seed());
            String s = m.bestAt().get(checkpoint);
            if (g == null || s == null || s.isEmpty()) {
                continue;
            }
            verdicts.add(Verdict.compare(BendableScore.parseScore(s), BendableScore.parseScore(g.score())));
        }
        if (verdicts.isEmpty()) {
            return "–";
        }
        long worse = verdicts.stream().filter(Verdict::isWorse).count();
        return Statistics.lowerMedian(verdicts, Verdict.WORST_FIRST) + " (worse in " + worse + "/" + verdicts.size() + ")";
    }

    private static String exactText(List<ExactMeasurement> exact) {
        if (exact.isEmpty()) {
            return "–";
        }
        long proven = exact.stream().filter(e -> e.levels().stream().allMatch(LevelOutcome::proven)).count();
        boolean matches = exact.stream().allMatch(ExactMeasurement::matchesEvaluator);
        double seconds = Statistics.median(doubles(exact, ExactMeasurement::seconds));
        List<BendableScore> scores = exact.stream().map(e -> BendableScore.parseScore(e.score())).toList();
        return ScoreText.of(Statistics.lowerMedian(scores, WORST_FIRST))
                + String.format(Locale.US, "; optimal in %d/%d, %.0f s%s", proven, exact.size(), seconds,
                        matches ? "" : "; OBJECTIVE ≠ EVALUATOR");
    }

    private static String gapToExact(CaseResults r, int checkpoint) {
        List<Verdict> gaps = new ArrayList<>();
        for (SolverMeasurement m : r.solves) {
            ExactMeasurement e = r.exactFor(m.seed());
            String s = m.bestAt().get(checkpoint);
            if (e == null || s == null || s.isEmpty()) {
                continue;
            }
            gaps.add(ExactGap.of(BendableScore.parseScore(s), e.levels()));
        }
        return gaps.isEmpty() ? "–" : Statistics.lowerMedian(gaps, Verdict.WORST_FIRST).toString().replace("worse ", "");
    }

    private static <T> List<Double> doubles(List<T> items, java.util.function.Function<T, Double> f) {
        return items.stream().map(f).toList();
    }
}
