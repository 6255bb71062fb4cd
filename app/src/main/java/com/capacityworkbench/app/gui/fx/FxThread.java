package com.capacityworkbench.app.gui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/** Runs work on the JavaFX thread from a plain thread and waits for it. */
public final class FxThread {

    private FxThread() {
    }

    /** Starts the JavaFX toolkit unless it runs already; with no display, on Monocle's headless platform. */
    public static void startToolkit() {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started before (an earlier command in this JVM, or the tests): it serves as it is.
            return;
        }
        Platform.setImplicitExit(false);
    }

    public static <V> V call(Callable<V> work) throws InterruptedException {
        CompletableFuture<V> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    public static void run(Runnable work) throws InterruptedException {
        call(() -> {
            work.run();
            return null;
        });
    }
}
