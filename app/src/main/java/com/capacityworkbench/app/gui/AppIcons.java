package com.capacityworkbench.app.gui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The app icon in the sizes window managers pick from, bundled from assets/icons at build time. */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(
                    "/com/capacityworkbench/app/icons/capacity-workbench-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException closing) {
                // An icon that cannot be read leaves the window with the platform's default; nothing else depends on it.
            }
        }
        return icons;
    }
}
