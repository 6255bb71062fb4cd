package com.capacityworkbench.app.gui.ui;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.testfx.api.FxRobot;

/** Reading the screen as a planner does: a chart mark's hover text, a table by its id. */
final class ScreenReading {

    private ScreenReading() {
    }

    /** The text a chart mark shows on hover. */
    static String tip(Node node) {
        return ((Tooltip) node.getProperties().get("javafx.scene.control.Tooltip")).getText();
    }

    @SuppressWarnings("unchecked")
    static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }
}
