package com.capacityworkbench.app.gui;

import javafx.application.Application;

/** Starts the JavaFX desktop app. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
