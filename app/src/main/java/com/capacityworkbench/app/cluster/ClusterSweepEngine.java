package com.capacityworkbench.app.cluster;

import com.capacityworkbench.formats.json.JsonText;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.portfolio.FutureSample;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.solver.portfolio.SweepEngine;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.durableexecutor.DurableExecutorService;
import com.hazelcast.durableexecutor.DurableExecutorServiceFuture;
import com.hazelcast.spi.exception.RetryableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
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

    /** Times a task's result is asked for again after its reading failed on the way (see {@link #askAgain}). */
    private static final int MAX_ASKS = 3;

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
        List<Pending> pending = new ArrayList<>();
        for (FutureSample sample : samples) {
            DurableExecutorServiceFuture<SampleResult> future =
                    executor.submit(FutureTask.of(key, scenarioJson, planJson, sample, settings));
            pending.add(new Pending(future.getTaskId(), future, 0));
        }
        Set<Integer> counted = new HashSet<>();
        while (!pending.isEmpty()) {
            if (stop.getAsBoolean()) {
                pending.forEach(p -> drop(p.future()));
                return;
            }
            boolean any = false;
            for (ListIterator<Pending> it = pending.listIterator(); it.hasNext(); ) {
                Pending next = it.next();
                if (!next.future().isDone()) {
                    continue;
                }
                any = true;
                try {
                    SampleResult result = next.future().get();
                    it.remove();
                    if (counted.add(result.index())) {
                        onResult.accept(result);
                    }
                } catch (ExecutionException e) {
                    if (!askAgain(e.getCause()) || next.asked() >= MAX_ASKS) {
                        throw new IllegalStateException("a future of the sweep failed on its member: "
                                + e.getCause().getMessage(), e.getCause());
                    }
                    // The task lives on in its backup: ask the cluster for its result again.
                    it.set(new Pending(next.taskId(), executor.retrieveResult(next.taskId()), next.asked() + 1));
                }
            }
            if (!any) {
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /**
     * Whether reading a task's result failed on the way rather than in the task: its member left, its partition had
     * no owner yet, or the wait for it timed out while the cluster was moving the partition to the backup (seen in CI
     * after a member was killed: "WrongTarget … expected-target: null", then the client's 120 s invocation timeout).
     * The task itself survives on its backup, so its result is asked for again.
     */
    static boolean askAgain(Throwable cause) {
        return cause instanceof OperationTimeoutException || cause instanceof RetryableException
                || cause instanceof MemberLeftException;
    }

    /** A submitted task, the future its result comes by, and how often the result was asked for again. */
    private record Pending(long taskId, Future<SampleResult> future, int asked) {
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
