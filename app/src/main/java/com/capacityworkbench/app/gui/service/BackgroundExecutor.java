package com.capacityworkbench.app.gui.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one place the GUI runs UI-free work (reading, writing, evaluating) off the FX thread: each job
 * becomes a javafx.concurrent.Task whose result and failure are delivered back on the FX thread.
 */
public final class BackgroundExecutor implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-background");
        t.setDaemon(true);
        return t;
    });

    public <V> Task<V> run(String title, Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
        Task<V> task = new Task<>() {
            @Override
            protected V call() throws Exception {
                updateTitle(title);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
