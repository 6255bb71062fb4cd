package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.app.gui.RecordingDialogs;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.BackgroundExecutor;
import com.capacityworkbench.app.gui.service.ModelScenarioStore;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Opening a large scenario in the desktop app (issue #18): how long until the document holds it, and the longest the
 * FX thread went without a frame meanwhile (a frame is due every 16 ms; a longer gap is a frozen window). Run by
 * hand, not in the suite, on a file from {@code ./workbench generate --workloads 20000 --out FILE}, with the GUI
 * tests' Monocle properties (app/pom.xml's argLine).
 */
public final class LargeFileOpenBench {

    private LargeFileOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path work = Files.createTempDirectory("open-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        AtomicLong lastFrame = new AtomicLong(System.nanoTime());
        AtomicLong longestGap = new AtomicLong();
        CountDownLatch opened = new CountDownLatch(1);
        long[] times = new long[2];
        WorkloadsViewModel[] tableRows = new WorkloadsViewModel[1];
        try (BackgroundExecutor background = new BackgroundExecutor()) {
            Platform.runLater(() -> {
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        long gap = now - lastFrame.getAndSet(now);
                        longestGap.accumulateAndGet(gap, Math::max);
                    }
                }.start();
                ScenarioDocument document = TestScenarios.frontierDocument();
                WorkloadsViewModel workloads = new WorkloadsViewModel(document);
                var store = new ModelScenarioStore();
                FileCommands files = new FileCommands(document, store, new RecordingDialogs(),
                        new RecentFiles(work.resolve("recent.txt")), new RecoveryStore(store, work.resolve("recovery")),
                        background);
                document.fileProperty().addListener((obs, old, now) -> {
                    times[1] = System.nanoTime();
                    opened.countDown();
                });
                tableRows[0] = workloads;
                lastFrame.set(System.nanoTime());
                longestGap.set(0);
                times[0] = System.nanoTime();
                files.read(file);
            });
            if (!opened.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not opened in 5 minutes");
            }
            // Whatever the document does after the file is in (checking its rules) is counted too.
            Thread.sleep(3_000);
            CountDownLatch counted = new CountDownLatch(1);
            Platform.runLater(() -> {
                System.out.printf(Locale.ROOT, "%d workloads in the table%n", tableRows[0].visibleRows().size());
                counted.countDown();
            });
            counted.await();
        }
        System.out.printf(Locale.ROOT, "opened %s in %.2f s; longest FX thread gap %.0f ms (opening and the 3 s after)%n", file.getFileName(),
                (times[1] - times[0]) / 1e9, longestGap.get() / 1e6);
        Platform.exit();
    }
}
