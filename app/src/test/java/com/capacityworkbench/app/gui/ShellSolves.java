package com.capacityworkbench.app.gui;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Solves run in the background in the app: the GUI tests click Solve and wait for the plan before they look. */
public final class ShellSolves {

    private ShellSolves() {
    }

    /** Clicks Solve with a time limit of {@code seconds} and waits until the solve has ended with a plan. */
    public static void solve(FxRobot robot, WorkbenchShell shell, int seconds) throws Exception {
        robot.interact(() -> shell.viewModel().solving().timeLimitSecondsProperty().set(seconds));
        robot.clickOn("#solve-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shell.viewModel().solving().runningProperty().get()
                && shell.viewModel().plans().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
