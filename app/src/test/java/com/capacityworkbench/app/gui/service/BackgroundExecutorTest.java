package com.capacityworkbench.app.gui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File work runs off the FX thread, its result comes back on it, and work longer than half a second is named. */
@ExtendWith(ApplicationExtension.class)
class BackgroundExecutorTest {

    private final BackgroundExecutor executor = new BackgroundExecutor();

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void slowWorkIsNamedAfterHalfASecondAndTheResultArrivesOnTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<Boolean> doneOnFx = new AtomicReference<>();
        robot.interact(() -> executor.run("Saving big.json", () -> {
            workThread.set(Thread.currentThread().getName());
            release.await(10, TimeUnit.SECONDS);
            return 42;
        }, value -> doneOnFx.set(Platform.isFxApplicationThread() && value == 42), error -> { }));

        assertThat(executor.busyProperty().get()).as("not yet half a second").isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !executor.busyProperty().get().isEmpty());
        assertThat(executor.busyProperty().get()).isEqualTo("Saving big.json …");
        assertThat(workThread.get()).isEqualTo("workbench-background");

        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> doneOnFx.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doneOnFx.get()).isTrue();
        assertThat(executor.busyProperty().get()).isEmpty();
    }

    @Test
    void workAskedForAfterCloseIsDroppedNotThrown(FxRobot robot) throws Exception {
        executor.close();
        AtomicReference<Object> called = new AtomicReference<>();
        robot.interact(() -> executor.run("Validating the scenario", () -> 1, called::set, called::set));
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(called.get()).as("neither done nor failed").isNull();
        assertThat(executor.busyProperty().get()).isEmpty();
    }

    @Test
    void quickWorkIsNeverNamed(FxRobot robot) throws Exception {
        AtomicReference<Integer> result = new AtomicReference<>();
        robot.interact(() -> executor.run("Saving small.json", () -> 7, result::set, error -> { }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(executor.busyProperty().get()).isEmpty();
    }
}
