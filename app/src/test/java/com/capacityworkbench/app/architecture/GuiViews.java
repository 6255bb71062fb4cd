package com.capacityworkbench.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/** Which classes are the GUI's views, and which classes do file I/O, for {@link ArchitectureTest}. */
final class GuiViews {

    private GuiViews() {
    }

    /**
     * A class of {@code com.capacityworkbench.app.gui..} that is a JavaFX node (a custom control, chart or pane) or
     * whose simple name ends in {@code View} (a screen that builds nodes without being one), or a class nested in
     * such a class (its anonymous handlers and cells); view-models, services and the document are none of these.
     */
    static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "GUI views (JavaFX nodes or *View classes in app.gui, and the classes nested in them)", GuiViews::isView);

    /** Reading or writing files: the Files utility, file streams, readers, writers and channels. */
    static final DescribedPredicate<JavaClass> FILE_IO = DescribedPredicate.describe("do file I/O",
            c -> Set.of("java.nio.file.Files", "java.io.FileInputStream", "java.io.FileOutputStream",
                    "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile",
                    "java.nio.channels.FileChannel").contains(c.getName()));

    private static boolean isView(JavaClass c) {
        if (!c.getPackageName().startsWith("com.capacityworkbench.app.gui")) {
            return false;
        }
        return c.isAssignableTo("javafx.scene.Node") || c.getSimpleName().endsWith("View")
                || c.getEnclosingClass().map(GuiViews::isView).orElse(false);
    }
}
