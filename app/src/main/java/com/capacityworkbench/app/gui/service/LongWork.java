package com.capacityworkbench.app.gui.service;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A screen's long work as its view-model shows it (a sweep of futures, the purchase question): whether it runs, how
 * far it is (−1 before the first step is known) and what it is doing. Each run has a number; news of a run that was
 * replaced or abandoned (another file opened) is dropped when it reaches the FX thread.
 */
public final class LongWork {

    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long runId;

    /** @param fx where the work's news land: the FX thread */
    public LongWork(Executor fx) {
        this.fx = fx;
    }

    /** A new run: running, progress not known yet; returns its number for {@link #later}. */
    public long begin(String doing) {
        running.set(true);
        progress.set(-1);
        status.set(doing);
        return ++runId;
    }

    /** Runs {@code update} on the FX thread if run {@code id} is still the current one. */
    public void later(long id, Runnable update) {
        fx.execute(() -> {
            if (id == runId) {
                update.run();
            }
        });
    }

    public void step(double done, String doing) {
        progress.set(done);
        status.set(doing);
    }

    /** The run ended (finished or stopped); the status says how. */
    public void end(String how) {
        running.set(false);
        progress.set(1);
        status.set(how);
    }

    public void failed(String what, Throwable error) {
        running.set(false);
        progress.set(0);
        status.set(what + ": " + (error.getMessage() == null ? error : error.getMessage()));
    }

    /** Whatever runs is forgotten (its news dropped) and the status cleared. */
    public void abandon() {
        runId++;
        running.set(false);
        progress.set(0);
        status.set("");
    }

    /** Says something without changing the run (why it cannot start, that it is stopping). */
    public void say(String text) {
        status.set(text);
    }

    /** A time as the status line says it: "40 s", "12 min" (none below 0 s). */
    public static String duration(double seconds) {
        return seconds < 90 ? Math.max(0, Math.round(seconds)) + " s" : Math.round(seconds / 60) + " min";
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
