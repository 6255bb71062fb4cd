package com.capacityworkbench.bench.measure;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Listens to one solve: when each new best plan arrived and with what score, and the last move speed reported. */
final class SolveTimeline implements SolveListener {

    private final long startNanos = System.nanoTime();
    private final List<TimedScore> bests = new ArrayList<>();
    private final CompletableFuture<Plan> finished = new CompletableFuture<>();
    private volatile long movesPerSecond;

    @Override
    public void onProgress(SolveProgress progress) {
        movesPerSecond = progress.movesPerSecond();
    }

    @Override
    public synchronized void onBestPlan(Plan plan) {
        bests.add(timed(plan));
    }

    @Override
    public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
        if (outcome == SolveOutcome.FAILED) {
            finished.completeExceptionally(error != null ? error : new IllegalStateException("the solve failed"));
        } else {
            synchronized (this) {
                bests.add(timed(plan));
            }
            finished.complete(plan);
        }
    }

    Plan awaitFinal() throws Exception {
        return finished.get();
    }

    synchronized List<TimedScore> bests() {
        return List.copyOf(bests);
    }

    long movesPerSecond() {
        return movesPerSecond;
    }

    private TimedScore timed(Plan plan) {
        long placed = plan.assignments().stream().filter(a -> a.isPlaced()).count();
        return new TimedScore(secondsSinceStart(), plan.score(), plan.isFeasible(), placed);
    }

    private double secondsSinceStart() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
