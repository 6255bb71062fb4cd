package com.capacityworkbench.app.gui.ui;

import com.capacityworkbench.app.gui.WindowSize;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;

/** The frontier sample open in a 1024 × 700 window, the smallest the workbench is made for; closed after each test. */
abstract class SmallFrontierWindow extends FrontierWindow {

    @Override
    void size(Stage stage) {
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    /** The stage is shared by every GUI test class: the next one gets it back at the window's usual size. */
    @AfterEach
    void usualSize(FxRobot robot) {
        robot.interact(() -> {
            shell.stage().setWidth(WindowSize.WIDTH);
            shell.stage().setHeight(WindowSize.HEIGHT);
        });
    }
}
