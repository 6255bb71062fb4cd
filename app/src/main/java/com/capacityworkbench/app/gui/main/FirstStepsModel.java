package com.capacityworkbench.app.gui.main;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * When to show a newcomer the three steps (edit, solve, compare): on a new scenario or a bundled sample, before the
 * first plan, until dismissed. A planner on their own file has found their way already.
 */
public final class FirstStepsModel {

    private final BooleanProperty dismissed = new SimpleBooleanProperty();
    private final BooleanBinding shown;

    public FirstStepsModel(ScenarioDocument document, PlanViewModel plans, Path samples) {
        Path sampleDir = samples.toAbsolutePath().normalize();
        shown = Bindings.createBooleanBinding(() -> {
            Path file = document.file();
            boolean newcomerFile = file == null || file.toAbsolutePath().normalize().startsWith(sampleDir);
            return !dismissed.get() && newcomerFile && plans.plan() == null;
        }, dismissed, document.fileProperty(), plans.planProperty());
    }

    public BooleanBinding shownProperty() {
        return shown;
    }

    public void dismiss() {
        dismissed.set(true);
    }
}
