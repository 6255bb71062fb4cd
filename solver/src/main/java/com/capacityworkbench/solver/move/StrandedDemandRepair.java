package com.capacityworkbench.solver.move;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.ShardSplit;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The last step of every solve for split workloads. The solver cuts a workload into near-equal shards, and equal
 * shards strand demand that the pools have room for: 1,000 in three shards (334 + 333 + 333) over pools of 600 and
 * 400 places 667 (issue #21). Here a workload's unplaced demand moves onto the pools its placed shards use, as far
 * as they have room, then onto further pools while it has shards to spare, and what fits nowhere stays as one
 * unplaced remainder ({@link ShardSplit}). Each step places more demand where no rule breaks (the pool's
 * accelerators and its site's power in every period of the window), so the plan only gets better.
 * Deterministic: workloads by priority, then name; among pools that take all that is left, the one the score ranks
 * first; otherwise the pool with the most room. Pools bought from offers and build-outs are left as they are.
 */
public final class StrandedDemandRepair {

    /** Demand below this is rounding, not work. */
    private static final double TINY = 1e-9;

    private static final Comparator<List<Shard>> MOST_IMPORTANT_FIRST = Comparator
            .comparingInt((List<Shard> shards) -> -shards.getFirst().getPriority())
            .thenComparing(shards -> shards.getFirst().getWorkload());

    private final PlacementCalculator calculator;
    private final ScenarioIndex lookup;
    private final Room room;

    private StrandedDemandRepair(PlacementSolution solution, PlacementCalculator calculator) {
        this.calculator = calculator;
        this.lookup = calculator.lookup();
        this.room = Room.of(solution);
    }

    /**
     * The plan's rows with split workloads' shards resized to place what fits.
     *
     * @param rows the solution's rows ({@code SolutionAssignments}); returned as they are when nothing changes
     */
    public static List<Assignment> apply(PlacementSolution solution, List<Assignment> rows, PlacementCalculator calculator) {
        List<List<Shard>> stranded = strandedWorkloads(solution, calculator.lookup());
        if (stranded.isEmpty()) {
            return rows;
        }
        StrandedDemandRepair repair = new StrandedDemandRepair(solution, calculator);
        Map<String, List<Assignment>> resized = new LinkedHashMap<>();
        for (List<Shard> shards : stranded) {
            List<Assignment> fitted = repair.fit(calculator.lookup().workload(shards.getFirst().getWorkload()), shards);
            if (fitted != null) {
                resized.put(shards.getFirst().getWorkload(), fitted);
            }
        }
        if (resized.isEmpty()) {
            return rows;
        }
        List<Assignment> repaired = new ArrayList<>(rows.size());
        for (Assignment a : rows) {
            if (!resized.containsKey(a.workload())) {
                repaired.add(a);
            }
        }
        resized.values().forEach(repaired::addAll);
        return repaired;
    }

    /** Split workloads with unplaced demand that is free to move and pools to try, the most important first. */
    private static List<List<Shard>> strandedWorkloads(PlacementSolution solution, ScenarioIndex lookup) {
        Map<String, List<Shard>> byWorkload = new LinkedHashMap<>();
        for (Shard shard : solution.getShards()) {
            byWorkload.computeIfAbsent(shard.getWorkload(), w -> new ArrayList<>()).add(shard);
        }
        List<List<Shard>> stranded = new ArrayList<>();
        for (List<Shard> shards : byWorkload.values()) {
            Workload workload = lookup.findWorkload(shards.getFirst().getWorkload()).orElse(null);
            boolean free = shards.stream().anyMatch(s -> !s.isPlaced() && !s.isPinned() && s.getDemand() > TINY);
            if (workload != null && workload.shardCount() > 1 && free && !rangeOf(shards).isEmpty()) {
                stranded.add(shards);
            }
        }
        stranded.sort(MOST_IMPORTANT_FIRST);
        return stranded;
    }

    /** The pools the workload may use, best first as the solver ranked them (every size of it has the same pools). */
    private static List<PlacementPool> rangeOf(List<Shard> shards) {
        for (Shard shard : shards) {
            if (!shard.getPoolRange().isEmpty()) {
                return shard.getPoolRange();
            }
        }
        return List.of();
    }

    /** One shard of the workload as this step cuts it: its size and pool (the pin is the planner's, never changed). */
    private static final class Piece {
        final int index;
        double size;
        @Nullable PlacementPool pool;
        final boolean pinned;
        @Nullable ShardOnPool figures;

        Piece(int index, double size, @Nullable PlacementPool pool, boolean pinned) {
            this.index = index;
            this.size = size;
            this.pool = pool;
            this.pinned = pinned;
        }
    }

    /** The workload's rows with its unplaced demand placed where it fits, or null when none fits anywhere. */
    private @Nullable List<Assignment> fit(Workload workload, List<Shard> shards) {
        int[] slots = shards.getFirst().slotIndices();
        List<PlacementPool> range = rangeOf(shards);
        Piece[] pieces = new Piece[ShardSplit.remainderIndex(workload) + 1];
        double left = 0;
        for (Shard shard : shards) {
            Piece piece = new Piece(shard.getShardIndex(), shard.getDemand(), shard.getPool(), shard.isPinned());
            if (piece.pool != null) {
                piece.figures = calculator.assess(workload, piece.size, lookup.pool(piece.pool.getId()));
            } else if (!piece.pinned) {
                left += piece.size;
                piece.size = 0;
            }
            pieces[piece.index] = piece;
        }
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i] == null) {
                pieces[i] = new Piece(i, 0, null, false);
            }
        }
        double before = left;
        for (int step = 0; left > TINY && step < 2 * (range.size() + pieces.length); step++) {
            Growth growth = bestGrowth(workload, pieces, range, slots, left);
            if (growth == null) {
                break;
            }
            left -= grow(workload, growth, slots);
        }
        if (before - left <= TINY) {
            return null;
        }
        keepUnplaced(workload, pieces, left);
        return rows(workload, pieces);
    }

    /** Demand added to a piece on a pool: a placed piece growing, or an empty one taking its first pool. */
    private record Growth(Piece piece, PlacementPool pool, double demand, int rank) {
    }

    /**
     * Among pools that take all that is left, the one ranked best; else the one that takes the most (a workload has
     * few shards to spend). Null when no pool has room for anything.
     */
    private @Nullable Growth bestGrowth(Workload workload, Piece[] pieces, List<PlacementPool> range, int[] slots,
            double left) {
        Growth best = null;
        Piece spare = spareShard(workload, pieces);
        for (int rank = 0; rank < range.size(); rank++) {
            PlacementPool pool = range.get(rank);
            Piece on = pieceOn(pieces, pool);
            Piece piece = on != null ? on : spare;
            // Capacity to buy is left to the search: more there can mean another block, a longer term or a budget
            // broken, which this room check does not see.
            if (piece == null || (on != null && on.pinned) || pool.isBought()) {
                continue;
            }
            double demand = Math.min(left, roomFor(workload, piece, pool, slots));
            if (demand <= TINY) {
                continue;
            }
            Growth growth = new Growth(piece, pool, demand, rank);
            if (best == null || better(growth, best, left)) {
                best = growth;
            }
        }
        return best;
    }

    private static boolean better(Growth a, Growth b, double left) {
        boolean aAll = a.demand() >= left - TINY;
        boolean bAll = b.demand() >= left - TINY;
        if (aAll != bAll) {
            return aAll;
        }
        return aAll ? a.rank() < b.rank() : a.demand() > b.demand() + TINY;
    }

    /** The lowest-numbered shard (not the remainder) with no pool and no pin, to take a new pool; or null. */
    private static @Nullable Piece spareShard(Workload workload, Piece[] pieces) {
        for (int i = 0; i < ShardSplit.remainderIndex(workload); i++) {
            if (pieces[i].pool == null && !pieces[i].pinned) {
                return pieces[i];
            }
        }
        return null;
    }

    private static @Nullable Piece pieceOn(Piece[] pieces, PlacementPool pool) {
        for (Piece piece : pieces) {
            if (piece.pool == pool) {
                return piece;
            }
        }
        return null;
    }

    /**
     * How much more demand the piece can carry on the pool: whole accelerators that are free in every slot of the
     * window, within the site's power cap, filled to the type's factor for this workload.
     */
    private double roomFor(Workload workload, Piece piece, PlacementPool pool, int[] slots) {
        long ownAccelerators = piece.figures == null ? 0 : piece.figures.accelerators();
        long ownWatts = piece.figures == null ? 0 : piece.figures.roundedWatts();
        long accelerators = Long.MAX_VALUE;
        long watts = Long.MAX_VALUE;
        for (int slot : slots) {
            accelerators = Math.min(accelerators, room.freeAccelerators(pool, slot));
            long free = room.freeWatts(pool, slot);
            watts = free == Long.MAX_VALUE ? watts : Math.min(watts, free);
        }
        long most = accelerators + ownAccelerators;
        if (watts != Long.MAX_VALUE) {
            double perAccelerator = wattsPerAccelerator(pool);
            most = Math.min(most, (long) Math.floor((watts + ownWatts) / perAccelerator));
        }
        return most <= 0 ? 0 : Math.max(0, most * factor(workload, pool) - piece.size);
    }

    /** Reference accelerators one accelerator of the pool stands for, for this workload's kind. */
    private double factor(Workload workload, PlacementPool pool) {
        return lookup.acceleratorOf(lookup.pool(pool.getId())).factorFor(workload.kind());
    }

    /** Facility watts of one accelerator of the pool: as PlacementCalculator counts them, before rounding. */
    private double wattsPerAccelerator(PlacementPool pool) {
        Pool scenarioPool = lookup.pool(pool.getId());
        return lookup.acceleratorOf(scenarioPool).tdpW() * (1 + lookup.scenario().policies().hostOverheadFraction())
                * lookup.siteOf(scenarioPool).pue();
    }

    /**
     * Applies a growth, one accelerator's worth smaller at a time if the exact figures (rounded watts) do not fit.
     *
     * @return the demand it placed
     */
    private double grow(Workload workload, Growth growth, int[] slots) {
        Piece piece = growth.piece();
        PlacementPool pool = growth.pool();
        double factor = factor(workload, pool);
        for (double added = growth.demand(); added > TINY; added -= factor) {
            ShardOnPool figures = calculator.assess(workload, piece.size + added, lookup.pool(pool.getId()));
            long accelerators = figures.accelerators() - (piece.figures == null ? 0 : piece.figures.accelerators());
            long watts = figures.roundedWatts() - (piece.figures == null ? 0 : piece.figures.roundedWatts());
            if (fits(pool, slots, accelerators, watts)) {
                room.add(pool, slots, accelerators, watts);
                piece.size += added;
                piece.pool = pool;
                piece.figures = figures;
                return added;
            }
        }
        return 0;
    }

    private boolean fits(PlacementPool pool, int[] slots, long accelerators, long watts) {
        for (int slot : slots) {
            if (room.freeAccelerators(pool, slot) < accelerators || room.freeWatts(pool, slot) < watts) {
                return false;
            }
        }
        return true;
    }

    /** What fits nowhere goes to one unplaced shard: a spare one if any is left, else the remainder. */
    private static void keepUnplaced(Workload workload, Piece[] pieces, double left) {
        if (left <= TINY) {
            return;
        }
        Piece spare = spareShard(workload, pieces);
        (spare != null ? spare : pieces[ShardSplit.remainderIndex(workload)]).size = left;
    }

    private List<Assignment> rows(Workload workload, Piece[] pieces) {
        List<Assignment> rows = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.size <= 0) {
                continue;
            }
            PlacementPool pool = piece.pool;
            rows.add(new Assignment(workload.id(), piece.index, piece.size,
                    pool == null ? null : pool.getId(),
                    pool == null ? null : pool.getSite().getId(),
                    pool == null ? null : pool.getProvider(),
                    piece.figures == null ? 0 : piece.figures.accelerators(),
                    workload.from(), workload.to(), 0,
                    pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED, null, piece.pinned));
        }
        return rows;
    }
}
