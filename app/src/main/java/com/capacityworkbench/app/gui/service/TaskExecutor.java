package com.capacityworkbench.app.gui.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How the GUI runs UI-free work (reading, writing, validating): {@code work} off the FX thread, then {@code onDone}
 * or {@code onFailed} on it. One idiom for every file command, so none can freeze the window; injected, so tests
 * and the screenshot command can run the same commands in line.
 */
public interface TaskExecutor {

    /** @param title what the work is, in words, for the progress shown when it takes more than half a second */
    <V> void run(String title, Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed);

    /** Runs the work at once on the calling thread: for tests, where a command's effect is checked right after it. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <V> void run(String title, Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
                V value;
                try {
                    value = work.call();
                } catch (Exception | OutOfMemoryError e) {
                    onFailed.accept(e);
                    return;
                }
                onDone.accept(value);
            }
        };
    }
}
