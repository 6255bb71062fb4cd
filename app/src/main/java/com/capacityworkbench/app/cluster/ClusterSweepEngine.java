package com.capacityworkbench.app.cluster;

import com.capacityworkbench.formats.json.JsonText;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.solver.portfolio.SweepEngine;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.durableexecutor.DurableExecutorService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a sweep's futures on the members of a Hazelcast cluster through its durable executor: a task lives on two
 * members, so when one dies mid-sweep its futures run again elsewhere and none is lost; results are counted by sample
 * number, so none counts twice. Results are handed on as they finish.
 */
public final class ClusterSweepEngine implements SweepEngine {

    /** How often a waiting sweep looks for finished futures and at the stop flag. */
    private static final long POLL_MILLIS = 100;

    private final HazelcastInstance cluster;

    /** @param cluster a member or a client of the cluster to run on; the caller shuts it down */
    public ClusterSweepEngine(HazelcastInstance cluster) {
        this.cluster = cluster;
    }

    @Override
    public void run(Scenario base, Plan today, List<FutureSample> samples, SweepSettings settings,
            Consumer<SampleResult> onResult, BooleanSupplier stop) throws InterruptedException {
        String scenarioJson;
        String planJson;
        try {
            scenarioJson = JsonText.write(base);
            planJson = JsonText.write(today);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the sweep's scenario or plan cannot be sent: " + JsonText.problem(e), e);
        }
        String key = UUID.randomUUID().toString();
        DurableExecutorService executor = cluster.getDurableExecutorService(LoopbackCluster.EXECUTOR);
        List<Future<SampleResult>> pending = new ArrayList<>();
        for (FutureSample sample : samples) {
            pending.add(executor.submit(FutureTask.of(key, scenarioJson, planJson, sample, settings)));
        }
        Set<Integer> counted = new HashSet<>();
        while (!pending.isEmpty()) {
            if (stop.getAsBoolean()) {
                pending.forEach(ClusterSweepEngine::drop);
                return;
            }
            boolean any = false;
            for (Iterator<Future<SampleResult>> it = pending.iterator(); it.hasNext(); ) {
                Future<SampleResult> future = it.next();
                if (future.isDone()) {
                    it.remove();
                    any = true;
                    SampleResult result = result(future);
                    if (counted.add(result.index())) {
                        onResult.accept(result);
                    }
                }
            }
            if (!any) {
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private static SampleResult result(Future<SampleResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a future of the sweep failed on its member: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** A stopped sweep's unfinished future: cancelled where the executor allows it, else left to finish unread. */
    private static void drop(Future<SampleResult> future) {
        try {
            future.cancel(true);
        } catch (UnsupportedOperationException e) {
            // The durable executor runs a task to its end; its result is simply not read.
        }
    }
}
