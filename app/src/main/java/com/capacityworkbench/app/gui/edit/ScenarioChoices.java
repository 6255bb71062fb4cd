package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;
import java.util.TreeSet;

/** The ids a reference column may pick from the open scenario. */
public final class ScenarioChoices {

    private ScenarioChoices() {
    }

    public static List<String> providers(Scenario s) {
        return s.providers().stream().map(Provider::id).toList();
    }

    public static List<String> sites(Scenario s) {
        return s.sites().stream().map(Site::id).toList();
    }

    public static List<String> accelerators(Scenario s) {
        return s.accelerators().stream().map(AcceleratorType::id).toList();
    }

    public static List<String> pools(Scenario s) {
        return s.pools().stream().map(Pool::id).toList();
    }

    public static List<String> datasets(Scenario s) {
        return s.datasets().stream().map(Dataset::id).toList();
    }

    public static List<String> geographies(Scenario s) {
        return Geography.all().stream().map(Geography::id).sorted().toList();
    }

    /** Jurisdictions of the scenario's sites plus the common ones, so a new one can be chosen before its site exists. */
    public static List<String> jurisdictions(Scenario s) {
        TreeSet<String> all = new TreeSet<>(List.of("EU", "US", "UK", "AE", "SA", "CH", "NO", "JP", "KR", "SG", "IN", "AU", "CA", "BR"));
        s.sites().forEach(site -> all.add(site.jurisdiction()));
        return List.copyOf(all);
    }
}
