package com.capacityworkbench.model.portfolio;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /** The futures finished so far of a sweep of {@code model}'s inputs. */
    public static SweepResult of(UncertaintyModel model, SweepSettings settings, List<SampleResult> finished,
            boolean complete) {
        List<String> inputs = model.inputs().stream().map(UncertainInput::name).toList();
        Map<String, String> drivers = new TreeMap<>();
        model.inputs().stream().filter(i -> i.driver() != null).forEach(i -> drivers.put(i.name(), i.driver()));
        return new SweepResult(settings, inputs, drivers, finished, complete);
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

    /** The futures' counts in {@code bins} equal ranges of a figure. */
    public Histogram histogram(ToDoubleFunction<SampleResult> figure, int bins) {
        return Histogram.of(samples.stream().mapToDouble(figure).toArray(), bins);
    }

    /** The periods the futures' costs are given for, in time order (empty for sweeps saved without them). */
    public List<String> periods() {
        Set<String> periods = new TreeSet<>(Comparator.comparing(Period::parse));
        samples.forEach(s -> periods.addAll(s.costByPeriod().keySet()));
        return List.copyOf(periods);
    }

    /** The fan chart's slices: per period, in time order, how its cost spread over the futures. */
    public Map<String, KpiSpread> costByPeriod() {
        Map<String, KpiSpread> fan = new LinkedHashMap<>();
        for (String period : periods()) {
            fan.put(period, spread(s -> s.costByPeriod().getOrDefault(period, 0.0)));
        }
        return fan;
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

    /** Per pool, how full it was over the horizon, % of its accelerator-periods, over the futures it exists in. */
    public Map<String, KpiSpread> utilisationByPool() {
        Map<String, List<Double>> byPool = new TreeMap<>();
        samples.forEach(s -> s.utilisationByPool().forEach(
                (pool, pct) -> byPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(pct)));
        Map<String, KpiSpread> spreads = new TreeMap<>();
        byPool.forEach((pool, values) -> spreads.put(pool,
                KpiSpread.of(values.stream().mapToDouble(Double::doubleValue).toArray())));
        return spreads;
    }

    /** Every pool of the futures, by name, with its utilisation and idle-commitment spreads side by side. */
    public List<PoolSpread> pools() {
        Map<String, KpiSpread> utilisation = utilisationByPool();
        Map<String, KpiSpread> idle = idleSunkByPool();
        Set<String> names = new TreeSet<>(utilisation.keySet());
        names.addAll(idle.keySet());
        return names.stream().map(pool -> new PoolSpread(pool, utilisation.get(pool),
                idle.getOrDefault(pool, PoolSpread.NEVER_IDLE))).toList();
    }

    /**
     * One bar per independent input for one figure, the widest first: an input on its own is named as it is, the
     * inputs of one driver share the driver's bar (they rise and fall together, so their futures sort alike).
     */
    public List<TornadoBar> tornado(ToDoubleFunction<SampleResult> figure) {
        Set<String> bars = new java.util.LinkedHashSet<>();
        for (String input : inputs) {
            bars.add(drivers.getOrDefault(input, input));
        }
        List<TornadoBar> result = new ArrayList<>();
        bars.forEach(bar -> {
            if (samples.size() >= 2) {
                result.add(new TornadoBar(bar, mean(fifth(bar, false), figure), mean(fifth(bar, true), figure)));
            }
        });
        result.sort(Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::input));
        return result;
    }

    /**
     * The futures where a tornado bar's input drew its lowest (or highest) fifth of values: what a bar averages over,
     * and what a planner sees on clicking it. A driver's bar reads its first input (they all sort alike).
     */
    public List<SampleResult> fifth(String bar, boolean high) {
        String input = inputs.stream().filter(i -> drivers.getOrDefault(i, i).equals(bar)).findFirst().orElse(bar);
        int tail = Math.max(1, (int) Math.floor(samples.size() * TAIL));
        List<SampleResult> byValue = samples.stream()
                .sorted(Comparator.comparingDouble((SampleResult s) -> s.values().getOrDefault(input, 0.0))
                        .thenComparingInt(SampleResult::index))
                .toList();
        return high ? byValue.subList(Math.max(0, byValue.size() - tail), byValue.size())
                : byValue.subList(0, Math.min(tail, byValue.size()));
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
