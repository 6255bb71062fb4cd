package com.capacityworkbench.solver.exact;

import java.util.concurrent.Callable;
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
}
