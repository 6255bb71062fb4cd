package com.capacityworkbench.model.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The futures a sweep finished (all of them, or those done when it was stopped), in sample order, and what a planner
 * reads off them: the spread of cost and unplaced demand, each workload's odds of going without capacity or moving,
 * each pool's idle commitment, and which inputs move the figures most.
 *
 * @param inputs   the uncertain inputs' names, in the model's order
 * @param drivers  the driver of each input that has one (inputs of one driver move together: one tornado bar)
 * @param complete every sample finished (false after a stop)
 */
public record SweepResult(SweepSettings settings, List<String> inputs, Map<String, String> drivers,
        List<SampleResult> samples, boolean complete) {

    /** Share of a sweep's futures at each end of an input's values that a tornado bar averages over. */
    private static final double TAIL = 0.2;

    public SweepResult {
        inputs = List.copyOf(inputs);
        drivers = drivers == null ? Map.of() : new TreeMap<>(drivers);
        samples = samples.stream().sorted(Comparator.comparingInt(SampleResult::index)).toList();
    }

    public KpiSpread totalCost() {
        return spread(SampleResult::totalCostUsd);
    }

    public KpiSpread unplacedDemand() {
        return spread(SampleResult::unplacedDemand);
    }

    public KpiSpread spread(ToDoubleFunction<SampleResult> figure) {
        return KpiSpread.of(samples.stream().mapToDouble(figure).toArray());
    }

    /** Per workload unplaced in some future, the share of futures where it is; most at risk first. */
    public Map<String, Double> unplacedOdds() {
        return odds(SampleResult::unplacedWorkloads);
    }

    /** Per workload moved in some future, the share of futures where it runs elsewhere than today. */
    public Map<String, Double> movedOdds() {
        return odds(SampleResult::movedWorkloads);
    }

    /** Per pool with idle commitment in some future, how its idle $ spread (futures without idle count as 0). */
    public Map<String, KpiSpread> idleSunkByPool() {
        Map<String, double[]> byPool = new TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            for (Map.Entry<String, Double> e : samples.get(i).idleSunkByPool().entrySet()) {
                byPool.computeIfAbsent(e.getKey(), p -> new double[samples.size()])[i] = e.getValue();
            }
        }
        Map<String, KpiSpread> spreads = new TreeMap<>();
        byPool.forEach((pool, values) -> spreads.put(pool, KpiSpread.of(values)));
        return spreads;
    }

    /**
     * One bar per independent input for one figure, the widest first: an input on its own is named as it is, the
     * inputs of one driver share the driver's bar (they rise and fall together, so their futures sort alike).
     */
    public List<TornadoBar> tornado(ToDoubleFunction<SampleResult> figure) {
        Map<String, String> bars = new LinkedHashMap<>();
        for (String input : inputs) {
            bars.putIfAbsent(drivers.getOrDefault(input, input), input);
        }
        List<TornadoBar> result = new ArrayList<>();
        int tail = Math.max(1, (int) Math.floor(samples.size() * TAIL));
        bars.forEach((bar, input) -> {
            List<SampleResult> byValue = samples.stream()
                    .sorted(Comparator.comparingDouble((SampleResult s) -> s.values().getOrDefault(input, 0.0))
                            .thenComparingInt(SampleResult::index))
                    .toList();
            if (byValue.size() >= 2) {
                result.add(new TornadoBar(bar, mean(byValue.subList(0, tail), figure),
                        mean(byValue.subList(byValue.size() - tail, byValue.size()), figure)));
            }
        });
        result.sort(Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::input));
        return result;
    }

    private static double mean(List<SampleResult> samples, ToDoubleFunction<SampleResult> figure) {
        return samples.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    private Map<String, Double> odds(java.util.function.Function<SampleResult, List<String>> workloads) {
        Map<String, Integer> counts = new TreeMap<>();
        samples.forEach(s -> workloads.apply(s).forEach(w -> counts.merge(w, 1, Integer::sum)));
        Map<String, Double> odds = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> odds.put(e.getKey(), e.getValue() / (double) samples.size()));
        return odds;
    }
}
