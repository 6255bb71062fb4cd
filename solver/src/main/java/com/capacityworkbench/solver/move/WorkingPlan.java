package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a make-room move needs to know about the working plan: the room left on every pool, the shards on
 * each pool and the unplaced ones, most valuable first. It follows the plan by comparing each shard's
 * pool with the one it saw last time, so keeping up costs one pointer comparison per shard instead of
 * rebuilding the room from every shard's slots (what made make-room moves too slow for large problems).
 */
final class WorkingPlan {

    private static final Comparator<Shard> MOST_VALUABLE_FIRST =
            Comparator.comparingLong(Shard::getUnplacedWeight).reversed();

    private final PlacementSolution solution;
    private final List<Shard> shards;
    private final @Nullable PlacementPool[] seenOn;
    private final Room room;
    private final List<List<Shard>> onPool;
    private final Map<PlacementSite, List<PlacementPool>> poolsAtSite = new IdentityHashMap<>();
    private final List<Shard> movable = new ArrayList<>();
    private final List<Shard> unplaced = new ArrayList<>();
    private boolean unplacedChanged = true;

    private WorkingPlan(PlacementSolution solution) {
        this.solution = solution;
        this.shards = solution.getShards();
        this.seenOn = new PlacementPool[shards.size()];
        this.room = Room.empty(solution);
        this.onPool = new ArrayList<>(solution.getPools().size());
        for (PlacementPool pool : solution.getPools()) {
            onPool.add(new ArrayList<>());
            poolsAtSite.computeIfAbsent(pool.getSite(), site -> new ArrayList<>()).add(pool);
        }
        for (int i = 0; i < shards.size(); i++) {
            Shard shard = shards.get(i);
            if (!shard.isPinned() && !shard.getPoolRange().isEmpty()) {
                movable.add(shard);
            }
            PlacementPool pool = shard.getPool();
            seenOn[i] = pool;
            if (pool != null) {
                room.take(shard, pool);
                onPool.get(pool.getIndex()).add(shard);
            }
        }
    }

    /** A view of the plan as it is now. */
    static WorkingPlan of(PlacementSolution solution) {
        return new WorkingPlan(solution);
    }

    /** Whether this is a view of that plan object (up to date or not). */
    boolean shows(PlacementSolution plan) {
        return solution == plan;
    }

    /** This view brought up to date with the plan, or a new one when the plan is another object. */
    static WorkingPlan following(@Nullable WorkingPlan previous, PlacementSolution solution) {
        if (previous == null || !previous.shows(solution)) {
            return new WorkingPlan(solution);
        }
        previous.catchUp();
        return previous;
    }

    private void catchUp() {
        for (int i = 0; i < seenOn.length; i++) {
            Shard shard = shards.get(i);
            PlacementPool now = shard.getPool();
            PlacementPool before = seenOn[i];
            if (now == before) {
                continue;
            }
            if (before != null) {
                room.release(shard, before);
                onPool.get(before.getIndex()).remove(shard);
            }
            if (now != null) {
                room.take(shard, now);
                onPool.get(now.getIndex()).add(shard);
            }
            if (before == null || now == null) {
                unplacedChanged = true;
            }
            seenOn[i] = now;
        }
    }

    /** The room left, to plan changes on until the trial is closed (the view's own room: one trial at a time). */
    Room.Trial roomTrial() {
        return room.trial();
    }

    List<Shard> on(PlacementPool pool) {
        return onPool.get(pool.getIndex());
    }

    /** The pools of a site, which share its power cap. */
    List<PlacementPool> poolsAt(PlacementSite site) {
        return poolsAtSite.getOrDefault(site, List.of());
    }

    /** Shards that may move: not pinned, with at least one pool to go to. */
    List<Shard> movable() {
        return movable;
    }

    /** Movable shards on no pool, the most valuable (unplaced-demand penalty) first. */
    List<Shard> unplaced() {
        if (unplacedChanged) {
            unplaced.clear();
            for (Shard shard : movable) {
                if (shard.getPool() == null) {
                    unplaced.add(shard);
                }
            }
            unplaced.sort(MOST_VALUABLE_FIRST);
            unplacedChanged = false;
        }
        return unplaced;
    }
}
