package com.capacityworkbench.app.gui.main;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The navigator's entries: one per concept table, the policies form, the plan, its variants and its futures. */
public enum Section {
    WORKLOADS("Workloads", "workloads", Material2MZ.WORK_OUTLINE),
    POOLS("Pools", "pools", Material2MZ.STORAGE),
    SITES("Sites", "sites", Material2AL.LOCATION_ON),
    ACCELERATORS("Accelerators", "accelerators", Material2MZ.MEMORY),
    DATASETS("Datasets", "datasets", Material2AL.FOLDER_OPEN),
    PROVIDERS("Providers", "providers", Material2AL.CLOUD_QUEUE),
    /** What may be bought: the Offers, Build-outs and Spend terms tables, one tab each. */
    PURCHASES("Purchases", "purchaseOptions", Material2MZ.SHOPPING_CART),
    UNCERTAINTY("Uncertainty", "uncertainty", Material2AL.HELP_OUTLINE),
    POLICIES("Policies & weights", "policies", Material2AL.GAVEL),
    PLAN("Plan", "plan", Material2AL.INSERT_CHART_OUTLINED),
    VARIANTS("Variants", "variants", Material2AL.CALL_SPLIT),
    PORTFOLIO("Portfolio", "portfolio", Material2MZ.SHOW_CHART);

    private final String label;
    private final String collection;
    private final Ikon icon;

    Section(String label, String collection, Ikon icon) {
        this.label = label;
        this.collection = collection;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The section that shows a validation path's collection ({@code weights}, {@code horizon} → the form). */
    public static Section forCollection(String collection) {
        for (Section s : values()) {
            // The purchase lists sit inside the scenario's purchase options: "purchaseOptions.offers".
            if (s.collection.equals(collection) || collection.startsWith(s.collection + ".")) {
                return s;
            }
        }
        return POLICIES;
    }
}
