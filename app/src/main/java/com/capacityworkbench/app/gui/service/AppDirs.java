package com.capacityworkbench.app.gui.service;

import java.nio.file.Path;

/** Where the app keeps its own files: recent files and the recovery copy (-Dworkbench.config, else ~/.capacity-workbench). */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path config() {
        String configured = System.getProperty("workbench.config");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".capacity-workbench");
    }
}
