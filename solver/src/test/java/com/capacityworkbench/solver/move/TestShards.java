package com.capacityworkbench.solver.move;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.domain.ChargeKeys;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Shards for the move tests: a one-shard workload with the same figures on every pool of its range. */
final class TestShards {

    static final PlacementPolicy NO_FIRST_REFUSAL = new PlacementPolicy(FirstRefusalMode.OFF, 100);
    static final PlacementPolicy STRICT_FIRST_REFUSAL = new PlacementPolicy(FirstRefusalMode.STRICT, 100);

    /** Room for the pool indices the tests use. */
    private static final int POOLS = 8;

    private TestShards() {
    }

    /** A shard drawing no power, on {@code on} (null: unplaced). */
    static Shard shard(String workload, int accelerators, long unplacedWeight, List<PlacementPool> range,
            @Nullable PlacementPool on, List<PeriodSlot> slots) {
        return shard(workload, accelerators, 0, unplacedWeight, range, on, slots);
    }

    static Shard shard(String workload, int accelerators, long wattsPerAccelerator, long unplacedWeight,
            List<PlacementPool> range, @Nullable PlacementPool on, List<PeriodSlot> slots) {
        PoolOption[] options = new PoolOption[POOLS];
        PoolOption option = new PoolOption(accelerators, wattsPerAccelerator * accelerators, Set.of(), 0, 0, 0, 0,
                false, 0, 0, List.of(), null, new ChargeKeys());
        for (PlacementPool pool : range) {
            options[pool.getIndex()] = option;
        }
        Shard shard = new Shard(workload, 0, accelerators, 1, false, slots, options, range, NO_FIRST_REFUSAL,
                unplacedWeight, 0);
        shard.setPool(on);
        return shard;
    }

    /**
     * A first-refusal shard (strict mode) worth {@code firstRefusalWeight} hours off the primary, allowed on the
     * primary's pool and on another provider's.
     */
    static Shard firstRefusal(String workload, int accelerators, long firstRefusalWeight, PlacementPool primary,
            PlacementPool other, @Nullable PlacementPool on, List<PeriodSlot> slots) {
        PoolOption[] options = new PoolOption[POOLS];
        options[primary.getIndex()] = new PoolOption(accelerators, 0, Set.of(), 0, 0, 0, 0, false, 0, 0, List.of(),
                null, new ChargeKeys());
        options[other.getIndex()] = new PoolOption(accelerators, 0, Set.of(), 0, 0, 0, 0, true, 0, 0, List.of(),
                null, new ChargeKeys());
        Shard shard = new Shard(workload, 0, accelerators, 1, true, slots, options, List.of(primary, other),
                STRICT_FIRST_REFUSAL, 1, firstRefusalWeight);
        shard.setPool(on);
        return shard;
    }

    static Shard pinned(Shard shard) {
        shard.setPinned(true);
        return shard;
    }
}
