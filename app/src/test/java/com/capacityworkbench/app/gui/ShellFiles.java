package com.capacityworkbench.app.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Files open in the background in the app: the GUI tests wait for a file to be open before they look at it. */
public final class ShellFiles {

    private ShellFiles() {
    }

    /** Waits until the shell's document holds {@code file} (as started or read). */
    public static void awaitOpen(WorkbenchShell shell, Path file) throws Exception {
        Path expected = file.toAbsolutePath().normalize();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Path open = shell.viewModel().document().file();
            return open != null && open.toAbsolutePath().normalize().equals(expected);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads {@code file} as File ▸ Open does (no prompt) and waits until it is open. */
    public static void read(FxRobot robot, WorkbenchShell shell, Path file) throws Exception {
        robot.interact(() -> shell.viewModel().files().read(file));
        awaitOpen(shell, file);
    }
}
