package com.capacityworkbench.app.gui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Switches between AtlantaFX's Primer light and dark themes. The app's own stylesheet sits on top and
 * only uses AtlantaFX colour variables, so it follows the theme; it also maps the Modena variables that
 * ControlsFX's CSS expects onto AtlantaFX's.
 */
public final class ThemeManager {

    private static final String APP_CSS = Objects.requireNonNull(
            ThemeManager.class.getResource("/com/capacityworkbench/app/gui/workbench.css")).toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ThemeManager() {
        dark.addListener((obs, was, is) -> applyUserAgent());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void install(Scene scene) {
        applyUserAgent();
        scene.getStylesheets().add(APP_CSS);
        dark.addListener((obs, was, is) -> toggleDarkClass(scene, is));
        toggleDarkClass(scene, dark.get());
    }

    /**
     * The light theme on one scene only, for pictures drawn off-screen (the deck's): the app's theme, which is
     * global, stays as the planner chose it.
     */
    public static void installLight(Scene scene) {
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), APP_CSS);
    }

    private void applyUserAgent() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private static void toggleDarkClass(Scene scene, boolean dark) {
        if (scene.getRoot() == null) {
            return;
        }
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }
}
