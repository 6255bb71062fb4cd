package com.capacityworkbench.app.gui.plan.chart;

import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;

/** One colour per provider, by the provider's position in the scenario, the same in every chart. */
public final class ProviderColors implements Function<String, Color> {

    private final Supplier<Scenario> scenario;

    public ProviderColors(Supplier<Scenario> scenario) {
        this.scenario = scenario;
    }

    @Override
    public Color apply(String provider) {
        List<String> ids = scenario.get().providers().stream().map(Provider::id).toList();
        return Palette.color(ids.indexOf(provider));
    }
}
