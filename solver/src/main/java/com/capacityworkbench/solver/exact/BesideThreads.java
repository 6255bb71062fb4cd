package com.capacityworkbench.solver.exact;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that run a second search beside the solve's own, on its second core: the second of two slices
 * ({@link ExactSearch}) and the second seed of a whole program's level ({@link SeedRace}). They end with the JVM.
 */
final class BesideThreads {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "exact-search-beside");
        thread.setDaemon(true);
        return thread;
    });

    private BesideThreads() {
    }

    static <T> Future<T> submit(Callable<T> search) {
        return THREADS.submit(search);
    }

    /**
     * The second search's result once it has ended; empty when the solve's own thread is interrupted meanwhile (the
     * second search is cancelled and the interrupt kept). A search that failed throws its failure here.
     */
    static <T> Optional<T> await(Future<T> besides) {
        try {
            return Optional.of(besides.get());
        } catch (InterruptedException e) {
            besides.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
