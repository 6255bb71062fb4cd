package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.Pool;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a variant's moves make room for each other: two moves are linked when one takes more accelerators in a
 * pool or site where the other takes fewer. A move that breaks a rule or loses on its own (it needs room another
 * move frees) can then be weighed together with the moves it goes with: its direct partners first, then all moves
 * linked to it, then all moves.
 */
final class MoveGroups {

    /** Pools and sites where a move takes more accelerators and where fewer ("pool:x", "site:y"). */
    private record Places(Set<String> entered, Set<String> left) {
    }

    private final Map<String, Places> places = new LinkedHashMap<>();

    /**
     * @param moved       the workloads placed differently
     * @param before      rows per workload in the plan moved from
     * @param after       rows per workload in the plan moved to
     * @param scenarios   where to find a pool's site (the first that has the pool)
     */
    MoveGroups(Collection<String> moved, Map<String, List<Assignment>> before, Map<String, List<Assignment>> after,
            List<ScenarioIndex> scenarios) {
        for (String workload : moved) {
            Map<String, Long> change = new HashMap<>();
            accelerators(after.getOrDefault(workload, List.of()), scenarios).forEach((p, n) -> change.merge(p, n, Long::sum));
            accelerators(before.getOrDefault(workload, List.of()), scenarios).forEach((p, n) -> change.merge(p, -n, Long::sum));
            Set<String> entered = new HashSet<>();
            Set<String> left = new HashSet<>();
            change.forEach((place, n) -> {
                if (n > 0) {
                    entered.add(place);
                } else if (n < 0) {
                    left.add(place);
                }
            });
            places.put(workload, new Places(entered, left));
        }
    }

    /** Every move; the given one first. */
    List<String> all(String workload) {
        Set<String> group = new LinkedHashSet<>();
        group.add(workload);
        group.addAll(places.keySet());
        return List.copyOf(group);
    }

    /** The moves that empty a place this one enters, or enter a place it empties; the move itself first. */
    List<String> partners(String workload) {
        Set<String> group = new LinkedHashSet<>();
        group.add(workload);
        group.addAll(linked(workload));
        return List.copyOf(group);
    }

    /** Every move linked to this one, directly or through others; the move itself first. */
    List<String> component(String workload) {
        Set<String> group = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(workload));
        while (!next.isEmpty()) {
            String current = next.poll();
            if (group.add(current)) {
                next.addAll(linked(current));
            }
        }
        return List.copyOf(group);
    }

    private List<String> linked(String workload) {
        Places own = places.get(workload);
        if (own == null) {
            return List.of();
        }
        return places.entrySet().stream()
                .filter(e -> !e.getKey().equals(workload))
                .filter(e -> meets(own.entered(), e.getValue().left()) || meets(own.left(), e.getValue().entered()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** Accelerators by pool and by site (a shard counts at least one, so a move is seen even without figures). */
    private static Map<String, Long> accelerators(List<Assignment> rows, List<ScenarioIndex> scenarios) {
        Map<String, Long> used = new HashMap<>();
        for (Assignment a : rows) {
            if (!a.isPlaced()) {
                continue;
            }
            long n = Math.max(1, a.accelerators());
            used.merge("pool:" + a.pool(), n, Long::sum);
            site(a.pool(), scenarios).ifPresent(site -> used.merge("site:" + site, n, Long::sum));
        }
        return used;
    }

    private static Optional<String> site(String pool, List<ScenarioIndex> scenarios) {
        return scenarios.stream().map(s -> s.findPool(pool)).flatMap(Optional::stream).map(Pool::site).findFirst();
    }
}
