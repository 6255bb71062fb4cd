package com.capacityworkbench.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (the GUI issue builds the real main window here). */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Capacity Workbench");
        stage.setScene(new Scene(new Label("Capacity Workbench"), 800, 600));
        stage.show();
    }
}
