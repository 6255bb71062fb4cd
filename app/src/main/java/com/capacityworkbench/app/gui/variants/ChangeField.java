package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;

/**
 * One input of a change form: a key for the built change, a label, and the choices offered (ids from the
 * scenario, or fixed words); no choices means free text or a number.
 */
public record ChangeField(String key, String label, Function<Scenario, List<String>> choices, String hint) {

    static ChangeField choice(String key, String label, Function<Scenario, List<String>> choices) {
        return new ChangeField(key, label, choices, "");
    }

    static ChangeField text(String key, String label, String hint) {
        return new ChangeField(key, label, s -> List.of(), hint);
    }

    public boolean isChoice(Scenario scenario) {
        return !choices.apply(scenario).isEmpty();
    }
}
