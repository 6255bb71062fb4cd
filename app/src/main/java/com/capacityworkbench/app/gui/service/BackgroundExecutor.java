package com.capacityworkbench.app.gui.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The one place the GUI runs UI-free work (reading, writing, evaluating) off the FX thread: each job
 * becomes a javafx.concurrent.Task whose result and failure are delivered back on the FX thread. Work
 * still running after half a second is named in {@link #busyProperty()} (the status bar shows it with a
 * spinner); quicker work shows nothing, so saving a small file does not flicker.
 */
public final class BackgroundExecutor implements TaskExecutor, AutoCloseable {

    private static final Duration SHOW_AFTER = Duration.millis(500);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper("");
    private int unfinished;

    @Override
    public <V> void run(String title, Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
        Task<V> task = new Task<>() {
            @Override
            protected V call() throws Exception {
                updateTitle(title);
                return work.call();
            }
        };
        PauseTransition showLater = new PauseTransition(SHOW_AFTER);
        showLater.setOnFinished(e -> {
            if (!task.isDone()) {
                busy.set(title + " …");
            }
        });
        task.setOnSucceeded(e -> {
            ended(showLater);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            ended(showLater);
            onFailed.accept(task.getException());
        });
        onFxThread(() -> {
            unfinished++;
            showLater.play();
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // Work asked for after close() belongs to a window being disposed (a validation its last edit queued,
            // say): dropped. Thrown, it surfaced in whatever ran next on the FX thread, once in the next window's start.
            onFxThread(() -> ended(showLater));
        }
    }

    /** What long-running work is under way ("Saving frontier.json …"); empty when none has run for half a second. */
    public ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void ended(PauseTransition showLater) {
        showLater.stop();
        if (--unfinished <= 0) {
            unfinished = 0;
            busy.set("");
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
